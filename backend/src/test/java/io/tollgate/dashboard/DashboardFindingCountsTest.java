package io.tollgate.dashboard;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.finding.FindingService;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary's open findings by severity are maintained counters; after every kind of change they must equal a
 * count over the finding table itself, and move by exactly the finding that changed.
 */
@MicronautTest(transactional = false)
class DashboardFindingCountsTest extends IntegrationTest {
    private static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW");

    @Inject
    FindingService findings;

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** severity -> [open, accepted] as the summary reports them; every severity must be listed, critical first. */
    @SuppressWarnings("unchecked")
    private Map<String, long[]> summaryCounts() {
        Response r = viewer().get("/api/v1/dashboard/summary");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) r.map().get("openFindings");
        assertThat(rows).extracting(row -> row.get("severity")).containsExactlyElementsOf(SEVERITIES);
        Map<String, long[]> counts = new TreeMap<>();
        rows.forEach(row -> counts.put((String) row.get("severity"),
                new long[]{((Number) row.get("open")).longValue(), ((Number) row.get("accepted")).longValue()}));
        return counts;
    }

    /** The same figures counted from the finding rows directly. */
    private static Map<String, long[]> countedFromFindings() throws SQLException {
        Map<String, long[]> counts = new TreeMap<>();
        for (String severity : SEVERITIES) {
            String today = today().toString();
            long open = Long.parseLong(Database.column("""
                    SELECT COUNT(*) FROM finding WHERE severity = ? AND (status IN ('open', 'remediation_planned')
                        OR (status = 'risk_accepted' AND risk_accepted_until < ?))""", severity.toLowerCase(), today));
            long accepted = Long.parseLong(Database.column("""
                    SELECT COUNT(*) FROM finding WHERE severity = ? AND status = 'risk_accepted'
                       AND risk_accepted_until >= ?""", severity.toLowerCase(), today));
            counts.put(severity, new long[]{open, accepted});
        }
        return counts;
    }

    private void assertSummaryMatchesFindings() throws SQLException {
        Map<String, long[]> summary = summaryCounts();
        Map<String, long[]> counted = countedFromFindings();
        SEVERITIES.forEach(s -> assertThat(summary.get(s)).as(s).containsExactly(counted.get(s)));
    }

    private void override(long vendorId, String control, String status) {
        long version = ((Number) viewer().get("/api/v1/vendors/" + vendorId + "/controls").list().stream()
                .filter(c -> control.equals(c.get("controlCode"))).findFirst().orElseThrow().get("version")).longValue();
        Map<String, Object> body = new LinkedHashMap<>(Map.of("status", status, "reason", "Checked on a call", "version", version));
        if (status.equals("MET")) {
            body.put("evidence", "DOCUMENTED");
        }
        Response r = analyst().put("/api/v1/vendors/" + vendorId + "/controls/" + control, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private Map<String, Object> finding(long vendorId, String control) {
        return viewer().get("/api/v1/vendors/" + vendorId + "/findings").list().stream()
                .filter(f -> control.equals(f.get("controlCode"))).findFirst().orElseThrow();
    }

    private static long[] delta(Map<String, long[]> before, Map<String, long[]> after, String severity) {
        return new long[]{after.get(severity)[0] - before.get(severity)[0], after.get(severity)[1] - before.get(severity)[1]};
    }

    @Test
    void openFindingsBySeverityFollowOpeningAcceptanceExpiryClosingAndDeletion() throws SQLException {
        long vendorId = vendor("Counted findings").with("category", "MARKETING").create(analyst());
        Map<String, long[]> start = summaryCounts();

        override(vendorId, "C05", "NOT_MET");
        Map<String, Object> f = finding(vendorId, "C05");
        String severity = (String) f.get("severity");
        Map<String, long[]> opened = summaryCounts();
        assertThat(delta(start, opened, severity)).containsExactly(1, 0);
        assertSummaryMatchesFindings();

        Map<String, Object> accept = new LinkedHashMap<>(Map.of("status", "RISK_ACCEPTED", "dueDate", f.get("dueDate"),
                "version", f.get("version"), "riskAcceptedUntil", today().plusDays(30).toString(),
                "reason", "Vishing training is booked for next month"));
        Response accepted = analyst().put("/api/v1/findings/" + f.get("id"), accept);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(delta(start, summaryCounts(), severity)).containsExactly(0, 1);
        assertSummaryMatchesFindings();

        // The acceptance runs out: the hourly job stores the reopening and the counts follow it.
        Database.update("UPDATE finding SET risk_accepted_until = ? WHERE id = ?", today().minusDays(1),
                ((Number) f.get("id")).longValue());
        assertThat(findings.reopenExpiredAcceptances()).isPositive();
        assertThat(delta(start, summaryCounts(), severity)).containsExactly(1, 0);
        assertSummaryMatchesFindings();

        override(vendorId, "C05", "MET");
        assertThat(finding(vendorId, "C05")).containsEntry("status", "CLOSED");
        assertThat(delta(start, summaryCounts(), severity)).containsExactly(0, 0);
        assertSummaryMatchesFindings();

        override(vendorId, "C05", "NOT_MET");
        override(vendorId, "C13", "NOT_MET");
        assertThat(summaryCounts().values().stream().mapToLong(c -> c[0]).sum()
                - start.values().stream().mapToLong(c -> c[0]).sum()).isEqualTo(2);
        assertThat(admin().delete("/api/v1/vendors/" + vendorId).status()).isEqualTo(204);
        Map<String, long[]> afterDelete = summaryCounts();
        SEVERITIES.forEach(s -> assertThat(delta(start, afterDelete, s)).as(s).containsExactly(0, 0));
        assertSummaryMatchesFindings();
        assertThat(Database.column("SELECT COUNT(*) FROM dashboard_vendor_finding WHERE vendor_id = ?", vendorId)).isEqualTo("0");
    }
}
