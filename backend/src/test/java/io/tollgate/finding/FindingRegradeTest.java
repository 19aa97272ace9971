package io.tollgate.finding;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.IncidentBodies;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.TestUsers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.Eventually.await;
import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

/** A campaign published after a finding opened re-grades it; when the campaign is archived the severity eases. */
@MicronautTest(transactional = false)
class FindingRegradeTest extends IntegrationTest {

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private Map<String, Object> finding(long vendorId, String control) {
        return viewer().get("/api/v1/vendors/" + vendorId + "/findings").list().stream()
                .filter(f -> control.equals(f.get("controlCode"))).findFirst().orElseThrow();
    }

    @Test
    void aCampaignOnTheVendorsPlatformMakesTheFindingCriticalWithAShorterDeadlineAndArchivingItEasesTheSeverity() {
        // A platform no seeded campaign names, so only the campaign below presses on it.
        String platformName = TestUsers.unique("Ticketing platform");
        long platform = vendor(platformName).with("category", "CRM").create(admin());
        long vendorId = vendor("Regraded").with("category", "LEGAL").platforms(platform).create(analyst());
        Response override = analyst().put("/api/v1/vendors/" + vendorId + "/controls/C08",
                Map.of("status", "NOT_MET", "reason", "Users can authorise any connected app", "version", 0));
        assertThat(override.status()).as(override.toString()).isEqualTo(200);
        Map<String, Object> opened = finding(vendorId, "C08");
        // C08 has base weight 5: high without a campaign, due in 60 days.
        assertThat(opened).containsEntry("severity", "HIGH").containsEntry("dueDate", today().plusDays(60).toString());

        Map<String, Object> incident = new HashMap<>(Map.of(
                "name", TestUsers.unique("Connected-app vishing"),
                "summary", "Callers talk staff into authorising a malicious connected app.",
                "severity", "CRITICAL",
                "status", "ACTIVE",
                "publishedOn", today().minusDays(1).toString(),
                "platforms", List.of(Map.of("name", platformName, "vendorId", platform)),
                "steps", IncidentBodies.steps(Map.of("C08", 1.0))));
        Response created = analyst().post("/api/v1/incidents", incident);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        await("the finding is re-graded critical", () -> "CRITICAL".equals(finding(vendorId, "C08").get("severity")));
        Map<String, Object> escalated = finding(vendorId, "C08");
        assertThat(escalated).containsEntry("dueDate", today().plusDays(30).toString()).containsEntry("status", "OPEN");
        assertThat(((Number) escalated.get("version")).longValue()).isGreaterThan(((Number) opened.get("version")).longValue());

        Map<String, Object> archived = new HashMap<>(incident);
        archived.put("status", "ARCHIVED");
        archived.put("slug", created.map().get("slug"));
        archived.put("version", created.map().get("version"));
        Response put = analyst().put("/api/v1/incidents/" + created.map().get("id"), archived);
        assertThat(put.status()).as(put.toString()).isEqualTo(200);

        await("the finding eases back to high", () -> "HIGH".equals(finding(vendorId, "C08").get("severity")));
        // The shorter deadline stands: easing never pushes a due date back on its own.
        assertThat(finding(vendorId, "C08")).containsEntry("dueDate", today().plusDays(30).toString());
    }
}
