package io.tollgate.scheduler;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * {@code tollgate.scheduler.*}: the database scheduler that runs time-driven work once across all instances.
 * db-scheduler's own defaults (10 s polling, a 5 min heartbeat, 30 min to wait for running work at shutdown) suit long
 * batch jobs; these suit short jobs and rolling restarts: an instance that dies has its work taken over after
 * {@code heartbeat-interval} x {@code missed-heartbeats-limit} (1 min), and a stop waits at most twice
 * {@code shutdown-max-wait}.
 *
 * @param enabled                whether this instance polls for due work (false: it only schedules, e.g. in tests)
 * @param name                   this instance's name in {@code scheduled_tasks.picked_by}; default host name and pid
 * @param threads                how many tasks this instance runs at once
 * @param pollingInterval        how often this instance looks for due work
 * @param heartbeatInterval      how often a running task's row is marked alive
 * @param missedHeartbeatsLimit  missed heartbeats after which another instance takes a task over (at least 4)
 * @param shutdownMaxWait        how long a stop waits for running tasks, then again after interrupting them
 * @param retryAfterFailure      when a failed run is tried again (the task's interval, if that is shorter)
 * @param intervals              each recurring task's interval, by task name
 */
@ConfigurationProperties("tollgate.scheduler")
public record SchedulerSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Nullable String name,
        @Bindable(defaultValue = "2") @Min(1) int threads,
        @Bindable(defaultValue = "5s") @NotNull Duration pollingInterval,
        @Bindable(defaultValue = "15s") @NotNull Duration heartbeatInterval,
        @Bindable(defaultValue = "4") @Min(4) int missedHeartbeatsLimit,
        @Bindable(defaultValue = "10s") @NotNull Duration shutdownMaxWait,
        @Bindable(defaultValue = "5m") @NotNull Duration retryAfterFailure,
        @NotNull Intervals intervals) {

    /** {@code tollgate.scheduler.intervals.<task name>}: time from the end of one run to the start of the next. */
    @ConfigurationProperties("intervals")
    public record Intervals(
            @Bindable(defaultValue = "1d") @NotNull Duration riskTimeSweep,
            @Bindable(defaultValue = "1h") @NotNull Duration overdueFindingNotices,
            @Bindable(defaultValue = "1h") @NotNull Duration riskAcceptanceExpiry,
            @Bindable(defaultValue = "1h") @NotNull Duration dashboardDaily,
            @Bindable(defaultValue = "1h") @NotNull Duration webhookRetention,
            @Bindable(defaultValue = "1h") @NotNull Duration idempotencyKeyPurge,
            @Bindable(defaultValue = "5m") @NotNull Duration rateLimitBucketCleanup) {
    }
}
