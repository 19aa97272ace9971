package io.tollgate.assessment;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.TestUsers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.ApiClient.fieldErrors;
import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class IncidentFollowUpTest extends IntegrationTest {
    private static final String DUE = LocalDate.now(ZoneOffset.UTC).plusDays(14).toString();

    /** A platform, an incident targeting it that exploits {@code controls}, and the platform's id. */
    private long[] incidentOnNewPlatform(String status, String... controls) {
        long platform = vendor("Platform").with("category", "CRM").create(admin());
        Response created = analyst().post("/api/v1/incidents", Map.of(
                "name", TestUsers.unique("Campaign"),
                "summary", "Callers posing as IT support talk agents into authorising a malicious connected app.",
                "severity", "HIGH",
                "status", status,
                "platforms", List.of(Map.of("name", "Platform", "vendorId", platform)),
                "steps", List.of(Map.of("name", "The attack", "techniques", List.of(), "controls",
                        java.util.Arrays.stream(controls).map(c -> Map.of("controlCode", c, "strength", 1.0)).toList()))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new long[]{((Number) created.map().get("id")).longValue(), platform};
    }

    private static final List<Map<String, Object>> HOLDINGS = List.of(
            Map.of("dataCategory", "NAME", "recordCount", 50_000, "accessType", "BULK_ACCESS"));

    /** A vendor on the platform that holds data and has a security contact. */
    private long onPlatform(String name, long platform) {
        long id = vendor(name).with("securityContact", "soc@" + name.toLowerCase() + ".example").platforms(platform).create(analyst());
        assertThat(analyst().put("/api/v1/vendors/" + id + "/data-holdings", HOLDINGS).status()).isEqualTo(200);
        return id;
    }

    private Response followUp(long incidentId, Map<String, Object> body) {
        return analyst().post("/api/v1/incidents/" + incidentId + "/follow-up", body);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Response r, String field) {
        return (List<Map<String, Object>>) r.map().get(field);
    }

    private static Map<String, Object> forVendor(List<Map<String, Object>> rows, long vendorId) {
        return rows.stream().filter(r -> ((Number) r.get("vendorId")).longValue() == vendorId).findFirst()
                .orElseThrow(() -> new AssertionError("no row for vendor " + vendorId + " in " + rows));
    }

    @Test
    @SuppressWarnings("unchecked")
    void followUpAsksExposedVendorsOnlyAboutTheExploitedControls() {
        long[] incident = incidentOnNewPlatform("ACTIVE", "C01", "C02");
        long withContact = onPlatform("Onplatform", incident[1]);
        long withoutContact = vendor("Nocontact").without("securityContact").platforms(incident[1]).create(analyst());
        assertThat(analyst().put("/api/v1/vendors/" + withoutContact + "/data-holdings", HOLDINGS).status()).isEqualTo(200);

        Response result = followUp(incident[0], Map.of("dueDate", DUE, "vendorIds", List.of(withContact, withoutContact)));

        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        assertThat(result.header("Cache-Control")).isEqualTo("no-store");
        Map<String, Object> sent = forVendor(list(result, "sent"), withContact);
        assertThat(sent).containsEntry("respondentEmail", "soc@onplatform.example");
        assertThat(forVendor(list(result, "skipped"), withoutContact)).containsEntry("reason", "NO_CONTACT_EMAIL");
        assertThat(list(result, "sent")).hasSize(1);

        long templateId = ((Number) sent.get("templateId")).longValue();
        Map<String, Object> template = viewer().get("/api/v1/questionnaire-templates/" + templateId).map();
        assertThat(template.get("name").toString()).startsWith("Follow-up: Campaign").endsWith("(C01, C02)");
        assertThat((List<Object>) sent.get("controlCodes")).containsExactly("C01", "C02");
        List<Map<String, Object>> questions = ((List<Map<String, Object>>) template.get("sections")).stream()
                .flatMap(s -> ((List<Map<String, Object>>) s.get("questions")).stream()).toList();
        assertThat(questions).extracting(q -> q.get("key").toString()).allMatch(k -> k.startsWith("C01.") || k.startsWith("C02."))
                .contains("C01.mfa", "C02.phishing_resistant");
        assertThat(questions).flatExtracting(q -> (List<Map<String, Object>>) q.get("controls"))
                .extracting(c -> c.get("controlCode")).containsOnly("C01", "C02");

        ApiClient portal = anonymous.as(sent.get("portalToken").toString());
        Response view = portal.get("/api/v1/portal/assessment");
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.map()).containsEntry("templateName", template.get("name")).containsEntry("status", "SENT");
        assertThat(sent.get("portalUrl").toString()).endsWith("/portal/" + sent.get("portalToken"));
    }

    @Test
    void aSecondFollowUpSkipsVendorsWithAnOpenOneAndReusesTheTemplate() {
        long[] incident = incidentOnNewPlatform("FADING", "C08");
        long vendorId = onPlatform("Repeat", incident[1]);
        Response first = followUp(incident[0], Map.of("dueDate", DUE, "vendorIds", List.of(vendorId)));
        long assessmentId = ((Number) forVendor(list(first, "sent"), vendorId).get("assessmentId")).longValue();

        Response second = followUp(incident[0], Map.of("dueDate", DUE, "vendorIds", List.of(vendorId)));

        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(list(second, "sent")).isEmpty();
        assertThat(forVendor(list(second, "skipped"), vendorId)).containsEntry("reason", "OPEN_FOLLOW_UP")
                .containsEntry("assessmentId", (int) assessmentId);

        long version = ((Number) analyst().get("/api/v1/assessments/" + assessmentId).map().get("version")).longValue();
        assertThat(analyst().post("/api/v1/assessments/" + assessmentId + "/status",
                Map.of("status", "EXPIRED", "version", version)).status()).isEqualTo(200);
        Response third = followUp(incident[0], Map.of("dueDate", DUE, "vendorIds", List.of(vendorId)));
        assertThat(forVendor(list(third, "sent"), vendorId).get("assessmentId")).isNotEqualTo((int) assessmentId);
        assertThat(forVendor(list(third, "sent"), vendorId).get("templateId"))
                .as("the same questions reuse the template").isEqualTo(forVendor(list(first, "sent"), vendorId).get("templateId"));
    }

    @Test
    void vendorsTheIncidentDoesNotExposeAreSkipped() {
        long[] incident = incidentOnNewPlatform("ACTIVE", "C01");
        long bystander = vendor("Bystander").with("securityContact", "soc@bystander.example").create(analyst());

        Response result = followUp(incident[0], Map.of("dueDate", DUE, "vendorIds", List.of(bystander, 987654321L)));

        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        assertThat(list(result, "sent")).isEmpty();
        assertThat(forVendor(list(result, "skipped"), bystander)).containsEntry("reason", "NOT_EXPOSED");
        assertThat(forVendor(list(result, "skipped"), 987654321L)).containsEntry("reason", "NOT_EXPOSED");
        assertThat(analyst().get("/api/v1/assessments?vendorId=" + bystander).map()).containsEntry("totalItems", 0);
    }

    @Test
    void followUpIsRefusedForArchivedIncidentsPastDueDatesUnknownIncidentsAndViewers() {
        long[] archived = incidentOnNewPlatform("ARCHIVED", "C01");
        assertThat(followUp(archived[0], Map.of("dueDate", DUE)).status()).isEqualTo(409);

        long[] active = incidentOnNewPlatform("ACTIVE", "C01");
        Response past = followUp(active[0], Map.of("dueDate", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()));
        assertThat(past.status()).isEqualTo(422);
        assertThat(fieldErrors(past)).containsKey("dueDate");
        Response missing = followUp(active[0], Map.of());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(fieldErrors(missing)).containsKey("dueDate");
        assertThat(followUp(987654321L, Map.of("dueDate", DUE)).status()).isEqualTo(404);
        assertThat(viewer().post("/api/v1/incidents/" + active[0] + "/follow-up", Map.of("dueDate", DUE)).status()).isEqualTo(403);
    }

    @Test
    void eachVendorIsAskedOnlyWhatItHasNotEvidencedAndTheDefaultLeavesOutThePlatformAndVendorsWithoutData() {
        long[] incident = incidentOnNewPlatform("ACTIVE", "C02", "C08", "C11");
        long partly = onPlatform("Partly", incident[1]);
        long fully = onPlatform("Fully", incident[1]);
        long noData = vendor("Nodata").with("securityContact", "soc@nodata.example").platforms(incident[1]).create(analyst());
        evidence(partly, "C08");
        for (String control : List.of("C02", "C08", "C11")) {
            evidence(fully, control);
        }

        Response preview = viewer().get("/api/v1/incidents/" + incident[0] + "/follow-up");
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        List<Map<String, Object>> recipients = list(preview, "recipients");
        assertThat(forVendor(recipients, partly)).containsEntry("selected", true).containsEntry("controlCodes", List.of("C02", "C11"));
        assertThat(forVendor(recipients, fully)).containsEntry("selected", false).containsEntry("reason", "ALL_EVIDENCED");
        assertThat(forVendor(recipients, noData)).containsEntry("selected", false).containsEntry("reason", "NO_DATA");
        assertThat(forVendor(recipients, incident[1])).containsEntry("selected", false).containsEntry("reason", "PLATFORM");

        Response sent = followUp(incident[0], Map.of("dueDate", DUE));
        assertThat(list(sent, "sent")).extracting(r -> ((Number) r.get("vendorId")).longValue()).containsExactly(partly);
        assertThat(forVendor(list(sent, "sent"), partly)).containsEntry("controlCodes", List.of("C02", "C11"));
    }

    private void evidence(long vendorId, String control) {
        Response r = analyst().put("/api/v1/vendors/" + vendorId + "/controls/" + control, Map.of("status", "MET",
                "evidence", "DOCUMENTED", "reason", "Seen in the SOC 2 report", "version", 0));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
