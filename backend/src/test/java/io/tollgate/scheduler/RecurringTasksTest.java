package io.tollgate.scheduler;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The recurring tasks as production runs them: whole Tollgate instances (started here, each with its own pool) on the
 * test database, the scheduler started by the server's start-up and polling every 200 ms. This class's own context
 * does not poll (application-test.yml); it creates the data the tasks work on.
 */
@MicronautTest(transactional = false)
class RecurringTasksTest extends IntegrationTest {
    /** Every recurring task with its default interval (application.yml). */
    static final Map<String, Duration> TASKS = Map.of(
            "risk-time-sweep", Duration.ofDays(1),
            "overdue-finding-notices", Duration.ofHours(1),
            "risk-acceptance-expiry", Duration.ofHours(1),
            "dashboard-daily", Duration.ofHours(1),
            "webhook-retention", Duration.ofHours(1),
            "idempotency-key-purge", Duration.ofHours(1),
            "rate-limit-bucket-cleanup", Duration.ofMinutes(5));
    private static final String SWEEP = "risk-time-sweep";
    /** db-scheduler's and Tollgate's scheduler loggers. */
    private static final String[] SCHEDULER_LOGGERS = {"com.github.kagkarlsson", "io.tollgate.scheduler"};

    @Inject
    SchedulerClient client;
    @Inject
    TransactionOperations<Connection> transactions;

    @BeforeEach
    void noTaskHasRunYet() throws SQLException {
        Database.update("DELETE FROM scheduled_tasks");
    }

    @Test
    void everyRecurringTaskIsRegisteredAndRunsWhenTheFirstInstanceStarts() throws Exception {
        String bucket = "refilled-" + UUID.randomUUID();
        Database.update("INSERT INTO rate_limit_bucket (id, state, expires_at) VALUES (?, NULL, ?)", bucket,
                System.currentTimeMillis() - 60_000);
        String key = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        Database.update("""
                INSERT INTO idempotency_key (key_hash, request_hash, created_at, expires_at)
                VALUES (?, ?, UTC_TIMESTAMP(6) - INTERVAL 2 DAY, UTC_TIMESTAMP(6) - INTERVAL 1 DAY)""", key, key);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Database.update("DELETE FROM portfolio_score_day WHERE day = ?", today);

        // One interval set through configuration, the others left at their defaults.
        Map<String, Duration> intervals = new HashMap<>(TASKS);
        intervals.put("idempotency-key-purge", Duration.ofMinutes(90));
        try (TollgateInstance instance = TollgateInstance.start("instance-a",
                Map.of("tollgate.scheduler.intervals.idempotency-key-purge", "90m"))) {
            assertThat(instance.context.getBeansOfType(RecurringJob.class)).extracting(RecurringJob::name)
                    .containsExactlyInAnyOrderElementsOf(TASKS.keySet());
            await("every task ran once", Duration.ofSeconds(60), () -> succeeded().keySet().containsAll(TASKS.keySet()));

            List<Map<String, Object>> rows = Database.rows("""
                    SELECT task_name, picked, consecutive_failures,
                           TIMESTAMPDIFF(SECOND, last_success, execution_time) AS next_after,
                           ABS(TIMESTAMPDIFF(SECOND, last_success, UTC_TIMESTAMP(6))) AS age
                      FROM scheduled_tasks ORDER BY task_name""");
            assertThat(rows).extracting(r -> (String) r.get("task_name")).containsExactlyInAnyOrderElementsOf(TASKS.keySet());
            for (Map<String, Object> row : rows) {
                String task = (String) row.get("task_name");
                assertThat(row.get("picked")).as(task).isIn(false, 0, (byte) 0);
                assertThat(((Number) row.get("consecutive_failures")).intValue()).as(task).isZero();
                assertThat(((Number) row.get("next_after")).longValue()).as(task + ": next run one interval after the last")
                        .isEqualTo(intervals.get(task).toSeconds());
                assertThat(((Number) row.get("age")).longValue()).as(task + ": stored in UTC").isLessThan(120);
                assertThat(instance.completions(task, "ok")).as(task).isEqualTo(1);
                assertThat(instance.completions(task, "failed")).as(task).isZero();
            }

            // What the cheap ones did.
            assertThat(Database.column("SELECT COUNT(*) FROM rate_limit_bucket WHERE id = ?", bucket)).isEqualTo("0");
            assertThat(Database.column("SELECT COUNT(*) FROM idempotency_key WHERE key_hash = ?", key)).isEqualTo("0");
            assertThat(Database.column("SELECT COUNT(*) FROM portfolio_score_day WHERE day = ?", today)).isEqualTo("1");
            awaitTimeSweepsScored();
        }
    }

    @Test
    void twoInstancesSharingTheDatabaseRunEachTaskOnceNotTwice() throws Exception {
        CompletableFuture<TollgateInstance> startingA = CompletableFuture.supplyAsync(() -> TollgateInstance.start("instance-a"));
        CompletableFuture<TollgateInstance> startingB = CompletableFuture.supplyAsync(() -> TollgateInstance.start("instance-b"));
        try (TollgateInstance a = startingA.get(3, TimeUnit.MINUTES); TollgateInstance b = startingB.get(3, TimeUnit.MINUTES)) {
            await("every task ran", Duration.ofSeconds(60), () -> succeeded().keySet().containsAll(TASKS.keySet()));
            Thread.sleep(2_000); // ten more polls of each instance

            for (String task : TASKS.keySet()) {
                assertThat(a.completions(task, "ok") + b.completions(task, "ok")).as(task).isEqualTo(1);
                assertThat(a.completions(task, "failed") + b.completions(task, "failed")).as(task).isZero();
            }

            // A run falling due while both poll is taken by one of them.
            Database.update("UPDATE scheduled_tasks SET execution_time = UTC_TIMESTAMP(6) WHERE task_name = 'dashboard-daily'");
            await("dashboard-daily ran again", Duration.ofSeconds(30),
                    () -> a.completions("dashboard-daily", "ok") + b.completions("dashboard-daily", "ok") >= 2);
            Thread.sleep(2_000);
            assertThat(a.completions("dashboard-daily", "ok") + b.completions("dashboard-daily", "ok")).isEqualTo(2);
            awaitTimeSweepsScored();
        }
    }

    @Test
    void theRiskSweepRunsAtStartUpWhenItsLastRunIsMoreThanADayOld() throws Exception {
        long vendorId = vendorWithExpiredOverride();
        // The state a sweep 25 hours ago left: its next run fell due an hour ago, while no instance was running.
        Database.update("""
                INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, last_success,
                                             consecutive_failures, version)
                VALUES (?, 'recurring', UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, FALSE, UTC_TIMESTAMP(6) - INTERVAL 25 HOUR, 0, 1)""",
                SWEEP);

        try (TollgateInstance instance = TollgateInstance.start("instance-a")) {
            await("the sweep ran", Duration.ofSeconds(60), () -> instance.completions(SWEEP, "ok") == 1);

            assertThat(overrides(vendorId)).as("the expired override was removed").isZero();
            assertThat(Database.column("""
                    SELECT COUNT(*) FROM audit_event
                     WHERE action = 'vendor.controls.override-expired' AND resource_type = 'vendor' AND resource_id = ?""",
                    String.valueOf(vendorId))).isEqualTo("1");
            Map<String, Object> row = Database.rows("""
                    SELECT TIMESTAMPDIFF(SECOND, last_success, execution_time) AS next_after,
                           ABS(TIMESTAMPDIFF(SECOND, last_success, UTC_TIMESTAMP(6))) AS age
                      FROM scheduled_tasks WHERE task_name = ?""", SWEEP).get(0);
            assertThat(((Number) row.get("age")).longValue()).isLessThan(120);
            assertThat(((Number) row.get("next_after")).longValue()).isEqualTo(Duration.ofDays(1).toSeconds());
            awaitTimeSweepsScored();
        }
    }

    @Test
    void theRiskSweepDoesNotRunAtStartUpWhenItsLastRunIsFresh() throws Exception {
        long vendorId = vendorWithExpiredOverride();
        Database.update("""
                INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, last_success,
                                             consecutive_failures, version)
                VALUES (?, 'recurring', UTC_TIMESTAMP(6) + INTERVAL 23 HOUR, FALSE, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, 0, 1)""",
                SWEEP);
        Map<String, Object> before = sweepRow();

        try (TollgateInstance instance = TollgateInstance.start("instance-a")) {
            // The other tasks had never run: once they have, the instance has polled with the sweep not due.
            await("the other tasks ran", Duration.ofSeconds(60), () -> succeeded().size() == TASKS.size());
            Thread.sleep(1_000);

            assertThat(instance.completions(SWEEP, "ok") + instance.completions(SWEEP, "failed")).isZero();
            assertThat(sweepRow()).isEqualTo(before);
            assertThat(overrides(vendorId)).as("the expired override is still there").isEqualTo(1);
        } finally {
            Database.update("DELETE FROM vendor_control_status WHERE vendor_id = ?", vendorId);
        }
    }

    @Test
    void aShutdownGivesBackARunningTaskWithoutAStackTraceAndTheNextInstanceFinishesIt() throws Exception {
        // 1,500 refilled buckets: the cleanup deletes them 1,000 at a time, and the test holds every row, so the first
        // batch waits until the instance is already stopping.
        Database.update("DELETE FROM rate_limit_bucket WHERE expires_at < ?", System.currentTimeMillis());
        String prefix = "give-back-" + UUID.randomUUID() + "-";
        try (Connection c = Database.connect();
             PreparedStatement insert = c.prepareStatement("INSERT INTO rate_limit_bucket (id, state, expires_at) VALUES (?, NULL, ?)")) {
            for (int i = 0; i < 1500; i++) {
                insert.setString(1, prefix + i);
                insert.setLong(2, System.currentTimeMillis() - 60_000);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // Only the cleanup is due.
        for (String task : TASKS.keySet()) {
            if (!task.equals("rate-limit-bucket-cleanup")) {
                Database.update("""
                        INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, consecutive_failures, version)
                        VALUES (?, 'recurring', UTC_TIMESTAMP(6) + INTERVAL 1 HOUR, FALSE, 0, 1)""", task);
            }
        }

        try (Connection request = Database.connect()) {
            request.setAutoCommit(false);
            try (PreparedStatement hold = request.prepareStatement("SELECT id FROM rate_limit_bucket WHERE id LIKE ? FOR UPDATE")) {
                hold.setString(1, prefix + "%");
                hold.executeQuery().close();
            }
            try (TollgateInstance first = TollgateInstance.start("instance-a")) {
                await("the cleanup waits for the held rows", Duration.ofSeconds(60), () -> "1".equals(query(
                        "SELECT picked FROM scheduled_tasks WHERE task_name = 'rate-limit-bucket-cleanup'"))
                        && !"0".equals(query("SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'")));
                Scheduler scheduler = first.scheduler();
                try (LogCapture logs = new LogCapture()) {
                    CompletableFuture<Void> closing = CompletableFuture.runAsync(first::close);
                    await("the scheduler is stopping", Duration.ofSeconds(30), () -> scheduler.getSchedulerState().isShuttingDown());
                    request.rollback(); // the batch the cleanup is in can finish now
                    closing.get(60, TimeUnit.SECONDS);

                    assertThat(logs.stackTraces()).isEmpty();
                    assertThat(logs.warnings(SCHEDULER_LOGGERS)).isEmpty();
                    assertThat(logs.events()).anySatisfy(e -> assertThat(e.getFormattedMessage())
                            .contains("rate-limit-bucket-cleanup stopped for the shutdown before it finished; given back"));
                }
            }
        }

        Map<String, Object> givenBack = Database.rows("""
                SELECT picked, picked_by, consecutive_failures, last_success IS NULL AS never_finished,
                       last_failure IS NOT NULL AS failure_recorded, execution_time <= UTC_TIMESTAMP(6) AS due
                  FROM scheduled_tasks WHERE task_name = 'rate-limit-bucket-cleanup'""").get(0);
        assertThat(givenBack.get("picked")).isIn(false, 0, (byte) 0);
        assertThat(givenBack.get("picked_by")).isNull();
        assertThat(((Number) givenBack.get("consecutive_failures")).intValue()).isEqualTo(1);
        assertThat(((Number) givenBack.get("never_finished")).intValue()).isEqualTo(1);
        assertThat(((Number) givenBack.get("failure_recorded")).intValue()).isEqualTo(1);
        assertThat(((Number) givenBack.get("due")).intValue()).as("due at once").isEqualTo(1);
        assertThat(Database.column("SELECT COUNT(*) FROM rate_limit_bucket WHERE id LIKE ?", prefix + "%"))
                .as("the batch in hand was finished, the next one left").isEqualTo("500");

        try (LogCapture logs = new LogCapture()) {
            try (TollgateInstance second = TollgateInstance.start("instance-b")) {
                await("the next instance finished the cleanup", Duration.ofSeconds(60), () -> "0".equals(query(
                        "SELECT COUNT(*) FROM rate_limit_bucket WHERE id LIKE ?", prefix + "%")));
                await("and recorded it", Duration.ofSeconds(30), () -> second.completions("rate-limit-bucket-cleanup", "ok") == 1
                        && "0".equals(query("SELECT consecutive_failures FROM scheduled_tasks WHERE task_name = 'rate-limit-bucket-cleanup'")));
            }
            assertThat(logs.stackTraces()).as("a normal start and stop").isEmpty();
            assertThat(logs.warnings(SCHEDULER_LOGGERS)).as("a normal start and stop").isEmpty();
        }
    }

    @Test
    void theSchedulerClientSchedulesInTheCallersTransaction() throws Exception {
        TaskInstance<Void> probe = new TaskInstance<>(SWEEP, "transaction-probe");
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            client.schedule(probe, tomorrow);
            assertThat(Database.column("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = 'transaction-probe'"))
                    .as("not visible to others before the commit").isEqualTo("0");
            throw new IllegalStateException("the caller's change fails");
        })).hasMessageContaining("the caller's change fails");
        assertThat(Database.column("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = 'transaction-probe'"))
                .as("gone with the rollback").isEqualTo("0");

        transactions.executeWrite(status -> {
            client.schedule(probe, tomorrow);
            return null;
        });
        assertThat(Database.column("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = 'transaction-probe'"))
                .isEqualTo("1");
        Database.update("DELETE FROM scheduled_tasks WHERE task_instance = 'transaction-probe'");
    }

    /** A new vendor with an override of C01 that expired two days ago. */
    private long vendorWithExpiredOverride() throws SQLException {
        long vendorId = vendor("Time sweep").create(analyst());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Database.update("""
                INSERT INTO vendor_control_status (vendor_id, control_code, updated_by, updated_at, override_status,
                                                   override_reason, override_by, override_on, override_expires_on)
                VALUES (?, 'C01', 'test', UTC_TIMESTAMP(6), 'MET', 'Granted for a month', 'test', ?, ?)""",
                vendorId, today.minusDays(32), today.minusDays(2));
        return vendorId;
    }

    private static long overrides(long vendorId) throws SQLException {
        return Long.parseLong(Database.column(
                "SELECT COUNT(*) FROM vendor_control_status WHERE vendor_id = ? AND override_status IS NOT NULL", vendorId));
    }

    private static Map<String, Object> sweepRow() throws SQLException {
        return Database.rows("""
                SELECT CAST(execution_time AS CHAR) AS execution_time, CAST(last_success AS CHAR) AS last_success,
                       picked, version FROM scheduled_tasks WHERE task_name = ?""", SWEEP).get(0);
    }

    /** Tasks that have completed a run, with when (UTC). */
    private static Map<String, Object> succeeded() {
        try {
            return Database.rows("SELECT task_name, last_success FROM scheduled_tasks WHERE last_success IS NOT NULL").stream()
                    .collect(Collectors.toMap(r -> (String) r.get("task_name"), r -> r.get("last_success"), (x, y) -> x, HashMap::new));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The re-scores a time sweep queued are worked off before its instance stops, so they do not run under a later
     * test (the instance's scoring worker does it).
     */
    private static void awaitTimeSweepsScored() {
        await("the sweep's re-scores were worked off", Duration.ofMinutes(2),
                () -> "0".equals(query("SELECT COUNT(*) FROM scoring_sweep WHERE reason LIKE '%time applied%'")));
    }

    private static String query(String sql, Object... params) {
        try {
            return Database.column(sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(String what, Duration deadline, java.util.function.BooleanSupplier condition) {
        long until = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Timed out after " + deadline + " waiting until " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
