package io.tollgate.integration;

import io.tollgate.common.Values;
import io.tollgate.scheduler.RecurringJob;
import io.tollgate.scheduler.SchedulerSettings;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Deletes expired {@code Idempotency-Key} records ({@link IdempotencyFilter}) every hour on one instance (recurring
 * task {@code idempotency-key-purge}), at most 10,000 a run; the delete is idempotent, so a repeated run is harmless.
 */
@Singleton
public class IdempotencyKeyPurge implements RecurringJob {
    private final IdempotencyRepository records;
    private final Clock clock;
    private final Duration interval;

    public IdempotencyKeyPurge(IdempotencyRepository records, Clock clock, SchedulerSettings settings) {
        this.records = records;
        this.clock = clock;
        this.interval = settings.intervals().idempotencyKeyPurge();
    }

    @Override
    public String name() {
        return "idempotency-key-purge";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Outcome run(BooleanSupplier stopping) {
        records.purgeExpired(Values.now(clock));
        return Outcome.FINISHED;
    }
}
