package io.tollgate.scheduler;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A {@link RecurringJob} as a db-scheduler recurring task with a fixed delay. It keeps the library's start-up
 * scheduling (first run at once; a run that fell due while every instance was down runs at start-up) and its revival
 * of runs whose instance died, and adds one thing: a run that a shutdown cut short is given back, due at once, instead
 * of waiting a whole interval (db-scheduler would reschedule it as if it had finished, or as a failure with a stack
 * trace in the log).
 */
final class RecurringJobTask extends RecurringTask<Void> {
    private static final Logger LOG = LoggerFactory.getLogger(RecurringJobTask.class);

    /** Due again now, recorded as a run that did not finish (last_failure), not as a success. */
    private static final CompletionHandler<Void> GIVE_BACK = (complete, operations) -> operations.reschedule(
            ExecutionComplete.failure(complete.getExecution(), complete.getTimeDone().minus(complete.getDuration()),
                    complete.getTimeDone(), null),
            complete.getTimeDone());

    private final RecurringJob job;
    private final CompletionHandler<Void> onFinished;

    RecurringJobTask(RecurringJob job, Duration retryAfterFailure) {
        this(job, FixedDelay.of(job.interval()), retryAfterFailure);
    }

    private RecurringJobTask(RecurringJob job, FixedDelay schedule, Duration retryAfterFailure) {
        super(job.name(), schedule, Void.class, new FailureHandler.OnFailureRetryLater<>(
                retryAfterFailure.compareTo(job.interval()) < 0 ? retryAfterFailure : job.interval()));
        this.job = job;
        this.onFinished = new CompletionHandler.OnCompleteReschedule<>(schedule);
    }

    @Override
    public CompletionHandler<Void> execute(TaskInstance<Void> instance, ExecutionContext context) {
        BooleanSupplier stopping = () -> context.getSchedulerState().isShuttingDown();
        RecurringJob.Outcome outcome;
        try {
            outcome = job.run(stopping);
        } catch (RuntimeException e) {
            if (!stopping.getAsBoolean()) {
                throw e;
            }
            // Interrupted by the stop after shutdown-max-wait (e.g. while waiting for a connection): not a failure.
            LOG.info("Task {} was interrupted by the shutdown ({}); given back to run again at once", getName(), e.toString());
            return GIVE_BACK;
        }
        if (outcome == RecurringJob.Outcome.STOPPED) {
            LOG.info("Task {} stopped for the shutdown before it finished; given back to run again at once", getName());
            return GIVE_BACK;
        }
        return onFinished;
    }

    /** Not called: {@link #execute} replaces the library's call of it, to choose how the run completes. */
    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        execute(instance, context);
    }
}
