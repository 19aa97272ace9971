package io.tollgate.finding;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.tollgate.integration.webhook.WebhookEvents;
import io.tollgate.scheduler.RecurringJob;
import io.tollgate.scheduler.SchedulerSettings;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Raises {@code finding.overdue} once for each open or remediation-planned finding whose due date has passed, every
 * hour on one instance (recurring task {@code overdue-finding-notices}). Each batch is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and marked in the same transaction as its events, so a finding is never announced
 * twice (not even by a run revived on another instance while the first still commits) and a crash announces nothing
 * half-way; a failed or stopped run leaves the rest for the next, since nothing unannounced was marked.
 */
@Singleton
public class OverdueFindingNotices implements RecurringJob {
    private static final Logger LOG = LoggerFactory.getLogger(OverdueFindingNotices.class);
    static final int BATCH = 500;

    private final JdbcOperations jdbc;
    private final WebhookEvents events;
    private final Clock clock;
    private final Duration interval;

    public OverdueFindingNotices(JdbcOperations jdbc, WebhookEvents events, Clock clock, SchedulerSettings settings) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.interval = settings.intervals().overdueFindingNotices();
    }

    @Override
    public String name() {
        return "overdue-finding-notices";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Outcome run(BooleanSupplier stopping) {
        int raised;
        do {
            if (stopping.getAsBoolean()) {
                return Outcome.STOPPED;
            }
            raised = announceOverdue();
            if (raised > 0) {
                LOG.info("Raised finding.overdue for {} findings", raised);
            }
        } while (raised == BATCH);
        return Outcome.FINISHED;
    }

    /** Raises the events of one batch of newly overdue findings; returns how many. */
    @Transactional
    public int announceOverdue() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return jdbc.execute(connection -> {
            List<Map<String, Object>> due = new ArrayList<>();
            // Only the finding rows are locked (not the vendors): the names are read afterwards without a lock.
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT id, vendor_id, control_id, severity, status, owner, due_date
                      FROM finding
                     WHERE status IN ('open', 'remediation_planned') AND due_date < ?
                       AND (overdue_notice_due_date IS NULL OR overdue_notice_due_date <> due_date)
                     ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")) {
                select.setDate(1, Date.valueOf(today));
                select.setInt(2, BATCH);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> data = new LinkedHashMap<>();
                        data.put("findingId", rs.getLong("id"));
                        data.put("vendorId", rs.getLong("vendor_id"));
                        data.put("controlCode", rs.getString("control_id"));
                        data.put("severity", rs.getString("severity").toUpperCase(java.util.Locale.ROOT));
                        data.put("status", rs.getString("status").toUpperCase(java.util.Locale.ROOT));
                        data.put("owner", rs.getString("owner"));
                        data.put("dueDate", rs.getDate("due_date").toLocalDate().toString());
                        data.put("daysOverdue", today.toEpochDay() - rs.getDate("due_date").toLocalDate().toEpochDay());
                        due.add(data);
                    }
                }
            }
            if (due.isEmpty()) {
                return 0;
            }
            Map<Long, String> names = vendorNames(connection, due);
            try (PreparedStatement mark = connection.prepareStatement(
                    "UPDATE finding SET overdue_notice_due_date = due_date WHERE id = ?")) {
                for (Map<String, Object> data : due) {
                    data.put("vendorName", names.get((Long) data.get("vendorId")));
                    events.raise(WebhookEvents.FINDING_OVERDUE, data);
                    mark.setLong(1, (Long) data.get("findingId"));
                    mark.addBatch();
                }
                mark.executeBatch();
            }
            return due.size();
        });
    }

    private static Map<Long, String> vendorNames(java.sql.Connection connection, List<Map<String, Object>> due)
            throws SQLException {
        List<Long> ids = due.stream().map(d -> (Long) d.get("vendorId")).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        String placeholders = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM vendor WHERE id IN (" + placeholders + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                select.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return names;
    }
}
