package io.tollgate.dashboard;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.tollgate.scheduler.RecurringJob;
import io.tollgate.scheduler.SchedulerSettings;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;

/**
 * Once an hour on one instance (recurring task {@code dashboard-daily}; hourly so that a day is never missed), records
 * today's portfolio point for the trend and the reassessment reminders that fell due. Both writes are idempotent
 * upserts keyed by day / vendor, due date and kind, so a run repeated (revived on another instance) changes nothing.
 * <p>
 * It runs under READ COMMITTED because InnoDB then reads the source rows of {@code INSERT ... SELECT} as a consistent
 * snapshot; under REPEATABLE READ it share-locks every counter and vendor row it reads, and deadlocked with re-scores
 * that update those rows. Each write commits on its own: neither needs the other's rows.
 */
@Singleton
public class DashboardDailyJob implements RecurringJob {
    private final DashboardRepository repository;
    private final ReassessmentService reassessments;
    private final Duration interval;

    public DashboardDailyJob(DashboardRepository repository, ReassessmentService reassessments, SchedulerSettings settings) {
        this.repository = repository;
        this.reassessments = reassessments;
        this.interval = settings.intervals().dashboardDaily();
    }

    @Override
    public String name() {
        return "dashboard-daily";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Outcome run(BooleanSupplier stopping) {
        recordToday();
        return Outcome.FINISHED;
    }

    /** Records today's trend point and the reminders due (two short transactions; nothing to stop between). */
    public void recordToday() {
        LocalDate today = reassessments.today();
        recordDay(today);
        recordReminders(today);
    }

    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    protected void recordDay(LocalDate today) {
        repository.recordDay(today);
    }

    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    protected void recordReminders(LocalDate today) {
        repository.recordReminders(today, today.plusDays(DashboardService.DUE_SOON_DAYS));
    }
}
