package io.tollgate.dashboard;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;

/**
 * Once an hour (so a day is never missed after a restart), records today's portfolio point for the trend and the
 * reassessment reminders that fell due. Both writes are idempotent upserts keyed by day / vendor, due date and kind,
 * so any number of instances can run it without coordinating.
 * <p>
 * It runs under READ COMMITTED because InnoDB then reads the source rows of {@code INSERT ... SELECT} as a consistent
 * snapshot; under REPEATABLE READ it share-locks every counter and vendor row it reads, and deadlocked with re-scores
 * that update those rows. Each write commits on its own: neither needs the other's rows.
 */
@Singleton
public class DashboardDailyJob {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardDailyJob.class);

    private final DashboardRepository repository;
    private final ReassessmentService reassessments;

    public DashboardDailyJob(DashboardRepository repository, ReassessmentService reassessments) {
        this.repository = repository;
        this.reassessments = reassessments;
    }

    @Scheduled(fixedDelay = "${tollgate.dashboard.daily-job-interval:1h}",
            initialDelay = "${tollgate.dashboard.daily-job-initial-delay:30s}")
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("Dashboard daily job failed this round: {}", e.toString());
        }
    }

    public void run() {
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
