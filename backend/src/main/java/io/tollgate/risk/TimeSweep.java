package io.tollgate.risk;

import io.tollgate.control.VendorControlStatusService;
import io.tollgate.scheduler.RecurringJob;
import io.tollgate.scheduler.SchedulerSettings;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;

/**
 * Applies the passage of time to stored scores, once a day: campaigns decay and fade, evidence expires, overrides run
 * out. Nothing else changes when only time passes, so without this a stored score would drift from what the model
 * says today. Expired overrides are removed first (each vendor's findings then follow the observation beneath), then
 * every vendor is queued for a re-score: a sweep over the whole portfolio, which leaves the stored explanation and
 * history of every vendor whose figures did not move.
 * <p>
 * It is the recurring task {@code risk-time-sweep} (interval {@code tollgate.scheduler.intervals.risk-time-sweep}, one
 * day): one instance runs it, and an instance starting after a day without a sweep (every instance was down) runs it
 * at start-up. A run repeated changes nothing: the overrides are gone, and a queued sweep absorbs another.
 */
@Singleton
public class TimeSweep implements RecurringJob {
    private static final Logger LOG = LoggerFactory.getLogger(TimeSweep.class);
    /** Overrides removed per transaction. */
    static final int EXPIRED_BATCH = 500;

    private final VendorControlStatusService controls;
    private final ScoringJobs jobs;
    private final Clock clock;
    private final Duration interval;

    public TimeSweep(VendorControlStatusService controls, ScoringJobs jobs, Clock clock, SchedulerSettings settings) {
        this.controls = controls;
        this.jobs = jobs;
        this.clock = clock;
        this.interval = settings.intervals().riskTimeSweep();
    }

    @Override
    public String name() {
        return "risk-time-sweep";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Outcome run(BooleanSupplier stopping) {
        apply(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        return Outcome.FINISHED;
    }

    /** Runs the day's sweep for {@code today}; returns how many expired overrides were removed. */
    public int apply(LocalDate today) {
        int removed = 0;
        int batch;
        do {
            batch = controls.clearExpiredOverrides(today, EXPIRED_BATCH);
            removed += batch;
        } while (batch == EXPIRED_BATCH);
        jobs.enqueueAll("time applied: " + today);
        LOG.info("Applied the passage of time for {}: {} expired overrides removed, every vendor queued for a re-score",
                today, removed);
        return removed;
    }
}
