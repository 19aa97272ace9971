package io.tollgate.browser;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.risk.ScoringJobRepository;
import io.tollgate.risk.ScoringRequestRepository;
import io.tollgate.security.Role;
import jakarta.inject.Inject;
import io.tollgate.testsupport.IncidentBodies;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.TestUsers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.Eventually.await;
import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DashboardBrowserTest extends IntegrationTest {

    private static Map<String, Object> holding(String category, long records, String access) {
        return Map.of("dataCategory", category, "recordCount", records, "accessType", access);
    }

    @Test
    void aSecurityLeadReadsTheDashboardAndDrillsIntoTheRiskiestVendorAndAnIncident() throws Exception {
        String username = TestUsers.create(Role.ANALYST, users, hasher);
        long salesforce = vendor("Salesforce").with("category", "CRM").with("tier", "CRITICAL").create(admin());
        long contactCentre = vendor("Skyline Contact Solutions").with("category", "CONTACT_CENTRE").with("tier", "CRITICAL")
                .platforms(salesforce).create(analyst());
        analyst().put("/api/v1/vendors/" + contactCentre + "/data-holdings", List.of(
                holding("NAME", 5_700_000, "BULK_ACCESS"), holding("EMAIL", 5_700_000, "BULK_ACCESS"),
                holding("PHONE", 4_000_000, "BULK_ACCESS"), holding("LOYALTY_NUMBER", 5_700_000, "BULK_ACCESS"),
                holding("DATE_OF_BIRTH", 1_700_000, "BULK_ACCESS")));
        long payroll = vendor("Northwind Payroll").with("category", "PAYROLL").with("tier", "HIGH").create(analyst());
        analyst().put("/api/v1/vendors/" + payroll + "/data-holdings", List.of(
                holding("NAME", 40_000, "SYSTEM_OF_RECORD"), holding("TAX_ID", 40_000, "SYSTEM_OF_RECORD"),
                holding("BANK_ACCOUNT", 40_000, "SYSTEM_OF_RECORD")));
        String incidentName = TestUsers.unique("Salesforce vishing campaign");
        Response incident = analyst().post("/api/v1/incidents", Map.of(
                "name", incidentName,
                "summary", "Callers posing as IT support talk agents into authorising a malicious connected app.",
                "severity", "CRITICAL",
                "status", "ACTIVE",
                "publishedOn", LocalDate.now(ZoneOffset.UTC).minusDays(3).toString(),
                "platforms", List.of(Map.of("name", "Salesforce", "vendorId", salesforce)),
                "techniques", List.of(Map.of("id", "T1566.004", "name", "Phishing: Spearphishing Voice")),
                "steps", IncidentBodies.steps(Map.of("C08", 1.0, "C02", 1.0)),
                "dataCategories", List.of("NAME", "EMAIL", "PHONE")));
        assertThat(incident.status()).as(incident.toString()).isEqualTo(201);
        scoringSettled(salesforce, contactCentre, payroll);

        // Payroll was registered three years ago and never assessed, so its reassessment is overdue. The due date
        // follows from the registration date on every re-read, so a later re-score keeps it overdue.
        Database.update("UPDATE vendor SET created_at = ? WHERE id = ?",
                LocalDate.now(ZoneOffset.UTC).minusYears(3).atStartOfDay(), payroll);
        Map<String, Object> current = viewer().get("/api/v1/vendors/" + payroll).map();
        Map<String, Object> update = new java.util.HashMap<>(vendor("Northwind Payroll").with("category", "PAYROLL")
                .with("tier", "HIGH").build());
        update.put("version", current.get("version"));
        assertThat(analyst().put("/api/v1/vendors/" + payroll, update).status()).isEqualTo(200);
        // The days before today, as the hourly job would have recorded them, so the trend has a line to draw.
        for (int daysAgo = 7; daysAgo >= 1; daysAgo--) {
            Database.update("""
                    INSERT INTO portfolio_score_day (day, vendor_count, scored_count, score_sum, grade_a, grade_b,
                                                     grade_c, grade_d, grade_f)
                    SELECT ?, SUM(vendor_count), SUM(CASE WHEN grade <> '-' THEN vendor_count ELSE 0 END),
                           SUM(score_sum) + ?, 0, 0, 0, 0, 0
                      FROM dashboard_risk_cell
                    ON DUPLICATE KEY UPDATE day = day""", LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo), daysAgo * 40);
        }
        scoringSettled(salesforce, contactCentre, payroll);

        // The riskiest vendor across the whole test database is the one the flow drills into.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> riskiest = (List<Map<String, Object>>) viewer().get("/api/v1/dashboard/summary").map().get("riskiest");
        assertThat(riskiest).isNotEmpty();

        BrowserFlows.run(server.getURI(), "dashboard", Map.of(
                "username", username,
                "password", TestUsers.PASSWORD,
                "vendorName", riskiest.get(0).get("name"),
                "incidentName", incidentName), json);
    }

    /**
     * Waits for this flow's own vendors only: the incident also reaches other test classes' Salesforce users, whose
     * jobs are no concern of this flow.
     */
    private void scoringSettled(Long... vendorIds) {
        await("this flow's vendors are scored", () -> scoringRequests.countFor(List.of(vendorIds)) == 0
                && scoringJobs.countFor(List.of(vendorIds)) == 0);
    }

    @Inject
    ScoringRequestRepository scoringRequests;
    @Inject
    ScoringJobRepository scoringJobs;
}
