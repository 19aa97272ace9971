package io.tollgate.scheduler;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Time-driven work that runs on one instance at a time, every {@link #interval()} from the end of one run to the start
 * of the next, coordinated through the database (db-scheduler, table {@code scheduled_tasks}). Every bean implementing
 * it becomes the recurring task {@link #name()}: it first runs when the first instance starts, and an instance that
 * starts after the next run fell due (every instance was down) runs it at once.
 */
public interface RecurringJob {

    /** Whether a run did all its work, or stopped early because the scheduler is shutting down. */
    enum Outcome { FINISHED, STOPPED }

    /**
     * The task's name in {@code scheduled_tasks} and its key under {@code tollgate.scheduler.intervals}. Renaming it
     * starts a new task (run at once); the old row is dropped after two weeks unresolved.
     */
    String name();

    Duration interval();

    /**
     * Does the work. Work done in batches checks {@code stopping} between them and returns {@link Outcome#STOPPED}
     * once it is true: the run is then given back and runs again at once, on whichever instance polls next. Anything
     * thrown is a failure, logged on one line and retried after {@code tollgate.scheduler.retry-after-failure} (or the
     * interval, if shorter).
     */
    Outcome run(BooleanSupplier stopping);
}
