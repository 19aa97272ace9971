package io.tollgate.finding;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.IncidentBodies;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.Invitation;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.tollgate.testsupport.ApiClient.fieldErrors;
import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

/** Findings follow the vendor's control statuses, and analysts move them through their statuses. */
@MicronautTest(transactional = false)
class FindingLifecycleTest extends IntegrationTest {
    @Inject
    FindingService service;

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A vendor of a category no seeded campaign targets, so only the control's weight sets severity. */
    private long quietVendor() {
        return vendor("Findings").with("category", "MARKETING").create(analyst());
    }

    private Response override(long vendorId, String control, String status, String evidence) {
        long version = ((Number) viewer().get("/api/v1/vendors/" + vendorId + "/controls").list().stream()
                .filter(c -> control.equals(c.get("controlCode"))).findFirst().orElseThrow().get("version")).longValue();
        Map<String, Object> body = new LinkedHashMap<>(Map.of("status", status, "reason", "Checked on a call", "version", version));
        if (evidence != null) {
            body.put("evidence", evidence);
        }
        Response r = analyst().put("/api/v1/vendors/" + vendorId + "/controls/" + control, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    private Map<String, Object> finding(long vendorId, String control) {
        Response list = viewer().get("/api/v1/vendors/" + vendorId + "/findings");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.list().stream().filter(f -> control.equals(f.get("controlCode"))).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return (List<Map<String, Object>>) page.map().get("items");
    }

    private static long id(Map<String, Object> finding) {
        return ((Number) finding.get("id")).longValue();
    }

    private static long version(Map<String, Object> finding) {
        return ((Number) finding.get("version")).longValue();
    }

    private static Map<String, Object> change(String status, String dueDate, Object version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("dueDate", dueDate);
        body.put("version", version);
        return body;
    }

    @Test
    void completingAnAssessmentOpensAFindingForEachUnmetControl() {
        Invitation invitation = Invitation.send(analyst());
        invitation.answer("mfa", "NO", 0);
        invitation.answer("sso", "YES", 0);
        assertThat(invitation.portal().post("/api/v1/portal/assessment/submit", Map.of()).status()).isEqualTo(200);
        Response completed = invitation.complete(analyst());

        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        Map<String, Object> c01 = finding(invitation.vendorId(), "C01");
        assertThat(c01).containsEntry("status", "OPEN").containsEntry("severity", "HIGH")
                .containsEntry("assessmentId", (int) invitation.assessmentId())
                .containsEntry("title", "MFA for all users not met")
                .containsEntry("dueDate", today().plusDays(60).toString())
                .containsEntry("overdue", false);
        assertThat(finding(invitation.vendorId(), "C03")).as("SSO is met").isNull();
    }

    @Test
    void meetingTheControlClosesTheFindingAndFailingItAgainReopensTheSameOne() {
        long vendorId = quietVendor();
        override(vendorId, "C17", "NOT_MET", null);
        Map<String, Object> opened = finding(vendorId, "C17");
        assertThat(opened).containsEntry("status", "OPEN").containsEntry("severity", "MEDIUM")
                .containsEntry("dueDate", today().plusDays(90).toString());

        override(vendorId, "C17", "MET", "DOCUMENTED");
        Map<String, Object> closed = finding(vendorId, "C17");
        assertThat(closed).containsEntry("status", "CLOSED").containsKey("closedAt");
        assertThat((String) closed.get("closedReason")).contains("C17 is now MET");

        override(vendorId, "C17", "PARTIAL", "SELF_ATTESTED");
        Map<String, Object> reopened = finding(vendorId, "C17");
        assertThat(id(reopened)).isEqualTo(id(opened));
        assertThat(reopened).containsEntry("status", "OPEN").containsEntry("severity", "LOW")
                .containsEntry("title", "Mass export disabled / DLP only partly met").doesNotContainKey("closedAt")
                .doesNotContainKey("closedReason");
    }

    @Test
    void aControlGatedByAnActiveCampaignOnTheVendorsPlatformIsCritical() {
        long platform = vendor("Platform").with("category", "CRM").create(analyst());
        long vendorId = vendor("On platform").with("category", "MARKETING").platforms(platform).create(analyst());
        String marker = UUID.randomUUID().toString().substring(0, 12);
        Response incident = analyst().post("/api/v1/incidents", Map.of(
                "name", "Findings campaign " + marker, "slug", "findings-campaign-" + marker,
                "summary", "Tokens of the platform were replayed.", "severity", "HIGH",
                "publishedOn", "2025-08-20",
                "platforms", List.of(Map.of("name", "Platform " + marker, "vendorId", platform)),
                "steps", IncidentBodies.steps(Map.of("C08", 1.0, "C17", 0.5))));
        assertThat(incident.status()).as(incident.toString()).isEqualTo(201);

        override(vendorId, "C08", "NOT_MET", null);
        override(vendorId, "C17", "NOT_MET", null);
        override(vendorId, "C34", "NOT_MET", null);

        assertThat(finding(vendorId, "C08")).containsEntry("severity", "CRITICAL")
                .containsEntry("dueDate", today().plusDays(30).toString());
        assertThat(finding(vendorId, "C17")).as("pressed by the campaign").containsEntry("severity", "HIGH");
        assertThat(finding(vendorId, "C34")).as("weight 1, no campaign").containsEntry("severity", "LOW")
                .containsEntry("dueDate", today().plusDays(180).toString());
    }

    @Test
    void acceptingTheRiskNeedsAReasonAndAFutureExpiry() {
        long vendorId = quietVendor();
        override(vendorId, "C05", "NOT_MET", null);
        Map<String, Object> f = finding(vendorId, "C05");
        String path = "/api/v1/findings/" + id(f);

        Response missing = analyst().put(path, change("RISK_ACCEPTED", today().plusDays(90).toString(), version(f)));
        Map<String, Object> past = change("RISK_ACCEPTED", today().plusDays(90).toString(), version(f));
        past.put("riskAcceptedUntil", today().toString());
        past.put("reason", "Training is planned");
        Response pastExpiry = analyst().put(path, past);

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fieldErrors(missing)).containsOnlyKeys("riskAcceptedUntil", "reason");
        assertThat(pastExpiry.status()).isEqualTo(422);
        assertThat(fieldErrors(pastExpiry)).containsOnlyKeys("riskAcceptedUntil");
        assertThat(finding(vendorId, "C05")).containsEntry("status", "OPEN").containsEntry("version", (int) version(f));

        Map<String, Object> accept = change("RISK_ACCEPTED", today().plusDays(90).toString(), version(f));
        accept.put("riskAcceptedUntil", today().plusDays(120).toString());
        accept.put("reason", "Agents are trained in Q1; supervisors screen calls until then.");
        accept.put("owner", "jane.doe@airline.example");
        Response accepted = analyst().put(path, accept);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.header("ETag")).isEqualTo("\"" + (version(f) + 1) + "\"");
        assertThat(accepted.map()).containsEntry("status", "RISK_ACCEPTED").containsEntry("owner", "jane.doe@airline.example")
                .containsEntry("riskAcceptedUntil", today().plusDays(120).toString())
                .containsEntry("riskAcceptanceReason", "Agents are trained in Q1; supervisors screen calls until then.")
                .containsEntry("riskAcceptanceExpired", false);
    }

    @Test
    void closingByHandNeedsAReasonAndAClosedFindingCanOnlyBeReopened() {
        long vendorId = quietVendor();
        override(vendorId, "C21", "NOT_MET", null);
        Map<String, Object> f = finding(vendorId, "C21");
        String path = "/api/v1/findings/" + id(f);
        String due = (String) f.get("dueDate");

        Response noReason = analyst().put(path, change("CLOSED", due, version(f)));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(fieldErrors(noReason)).containsOnlyKeys("reason");

        Map<String, Object> close = change("CLOSED", due, version(f));
        close.put("reason", "Contacts exchanged at the quarterly review");
        Response closed = analyst().put(path, close);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.map()).containsEntry("status", "CLOSED").containsEntry("closedReason", "Contacts exchanged at the quarterly review");

        Response planned = analyst().put(path, change("REMEDIATION_PLANNED", due, version(closed.map())));
        assertThat(planned.status()).isEqualTo(422);
        assertThat(fieldErrors(planned)).containsOnlyKeys("status");

        override(vendorId, "C22", "NOT_MET", null);
        assertThat(finding(vendorId, "C21")).as("an unrelated control change leaves a hand-closed finding closed")
                .containsEntry("status", "CLOSED");

        Response reopened = analyst().put(path, change("OPEN", due, version(closed.map())));
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.map()).containsEntry("status", "OPEN").doesNotContainKey("closedAt");
    }

    @Test
    void aStaleVersionIsRejectedWith409AndAStaleIfMatchWith412() {
        long vendorId = quietVendor();
        override(vendorId, "C14", "NOT_MET", null);
        Map<String, Object> f = finding(vendorId, "C14");
        String path = "/api/v1/findings/" + id(f);
        Map<String, Object> first = change("OPEN", today().plusDays(10).toString(), version(f));
        first.put("owner", "first");
        assertThat(analyst().put(path, first).status()).isEqualTo(200);

        Map<String, Object> second = change("OPEN", today().plusDays(20).toString(), version(f));
        second.put("owner", "second");
        Response stale = analyst().put(path, second);
        Response staleTag = analyst().put(path, change("OPEN", today().plusDays(20).toString(), version(f) + 1),
                "If-Match", "\"" + version(f) + "\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(staleTag.status()).isEqualTo(412);
        Response current = viewer().get(path);
        assertThat(current.map()).containsEntry("owner", "first").containsEntry("dueDate", today().plusDays(10).toString());
        assertThat(current.header("ETag")).isEqualTo("\"" + (version(f) + 1) + "\"");
    }

    @Test
    void aViewerReadsButCannotChangeOrRequest() {
        long vendorId = quietVendor();
        override(vendorId, "C13", "NOT_MET", null);
        Map<String, Object> f = finding(vendorId, "C13");
        String path = "/api/v1/findings/" + id(f);

        assertThat(viewer().get(path).status()).isEqualTo(200);
        assertThat(viewer().put(path, change("OPEN", today().toString(), version(f))).status()).isEqualTo(403);
        assertThat(viewer().post(path + "/remediation-request", Map.of("version", version(f))).status()).isEqualTo(403);
        assertThat(anonymous.get(path).status()).isEqualTo(401);
        assertThat(viewer().get("/api/v1/findings/999999999").status()).isEqualTo(404);
    }

    @Test
    void anExpiredRiskAcceptanceCountsAsOpenUntilAndAfterTheJobStoresIt() throws Exception {
        long vendorId = quietVendor();
        override(vendorId, "C30", "NOT_MET", null);
        Map<String, Object> f = finding(vendorId, "C30");
        Map<String, Object> accept = change("RISK_ACCEPTED", (String) f.get("dueDate"), version(f));
        accept.put("riskAcceptedUntil", today().plusDays(30).toString());
        accept.put("reason", "Pen test booked");
        assertThat(analyst().put("/api/v1/findings/" + id(f), accept).status()).isEqualTo(200);
        // Time passes: the acceptance ran out yesterday.
        Database.update("UPDATE finding SET risk_accepted_until = ? WHERE id = ?", today().minusDays(1), id(f));

        Map<String, Object> read = viewer().get("/api/v1/findings/" + id(f)).map();
        List<Map<String, Object>> open = items(viewer().get("/api/v1/findings?status=OPEN&vendorId=" + vendorId));
        List<Map<String, Object>> accepted = items(viewer().get("/api/v1/findings?status=RISK_ACCEPTED&vendorId=" + vendorId));

        assertThat(read).containsEntry("status", "OPEN").containsEntry("riskAcceptanceExpired", true);
        assertThat(open).extracting(m -> m.get("controlCode")).containsExactly("C30");
        assertThat(accepted).isEmpty();

        assertThat(service.reopenExpiredAcceptances()).isPositive();
        assertThat(Database.column("SELECT status FROM finding WHERE id = ?", id(f))).isEqualTo("open");
        assertThat(viewer().get("/api/v1/findings/" + id(f)).map()).containsEntry("status", "OPEN")
                .containsEntry("riskAcceptanceExpired", true);
    }

    @Test
    void thePortfolioListFiltersBySeverityVendorAndOverdue() {
        long vendorId = quietVendor();
        override(vendorId, "C06", "NOT_MET", null);
        override(vendorId, "C26", "NOT_MET", null);
        Map<String, Object> c26 = finding(vendorId, "C26");
        Map<String, Object> late = change("OPEN", today().minusDays(3).toString(), version(c26));
        assertThat(analyst().put("/api/v1/findings/" + id(c26), late).status()).isEqualTo(200);

        Response all = viewer().get("/api/v1/findings?vendorId=" + vendorId + "&sort=severity");
        Response high = viewer().get("/api/v1/findings?vendorId=" + vendorId + "&severity=HIGH");
        Response overdue = viewer().get("/api/v1/findings?vendorId=" + vendorId + "&overdue=true");
        Response bad = viewer().get("/api/v1/findings?severity=URGENT");

        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(items(all)).extracting(m -> m.get("controlCode")).containsExactly("C06", "C26");
        assertThat(all.map()).containsEntry("totalItems", 2);
        assertThat(items(high)).extracting(m -> m.get("controlCode")).containsExactly("C06");
        assertThat(items(overdue)).extracting(m -> m.get("controlCode")).containsExactly("C26");
        assertThat(items(overdue).get(0)).containsEntry("overdue", true)
                .containsKey("vendorName").containsEntry("controlName", "Data inventory");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(viewer().get("/api/v1/vendors/999999999/findings").status()).isEqualTo(404);
    }

    @Test
    void remediationCannotBeRequestedWithoutAnAssessmentTheVendorCanReach() {
        long vendorId = quietVendor();
        override(vendorId, "C09", "NOT_MET", null);
        Map<String, Object> f = finding(vendorId, "C09");

        Response r = analyst().post("/api/v1/findings/" + id(f) + "/remediation-request", Map.of("version", version(f)));

        assertThat(r.status()).isEqualTo(422);
        assertThat(fieldErrors(r)).containsOnlyKeys("assessmentId");
    }
}
