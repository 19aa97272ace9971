package io.tollgate.finding;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.Invitation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.ApiClient.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

/** Remediation requests reach the vendor through its own assessment's portal and nowhere else. */
@MicronautTest(transactional = false)
class PortalRemediationTest extends IntegrationTest {

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** An invitation whose vendor has an open finding on C08 (set by an analyst's override). */
    private Map<String, Object> findingOf(Invitation invitation, String control) {
        Response put = analyst().put("/api/v1/vendors/" + invitation.vendorId() + "/controls/" + control,
                Map.of("status", "NOT_MET", "reason", "Seen on a screen share", "version", 0));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        return viewer().get("/api/v1/vendors/" + invitation.vendorId() + "/findings").list().stream()
                .filter(f -> control.equals(f.get("controlCode"))).findFirst().orElseThrow();
    }

    private Response request(Map<String, Object> finding, String message) {
        return analyst().post("/api/v1/findings/" + finding.get("id") + "/remediation-request",
                Map.of("message", message, "version", finding.get("version")));
    }

    @Test
    void theVendorSeesTheRequestAndAnswersItWithAPlan() {
        Invitation invitation = Invitation.send(analyst());
        Map<String, Object> c08 = findingOf(invitation, "C08");
        findingOf(invitation, "C10");
        assertThat(invitation.portal().get("/api/v1/portal/assessment/findings").list()).as("nothing requested yet").isEmpty();

        Response requested = request(c08, "How will users be stopped from authorising apps?");

        assertThat(requested.status()).as(requested.toString()).isEqualTo(200);
        assertThat(requested.map()).containsEntry("assessmentId", (int) invitation.assessmentId()).containsKey("remediationRequestedAt")
                .containsEntry("remediationRequestMessage", "How will users be stopped from authorising apps?");
        List<Map<String, Object>> portal = invitation.portal().get("/api/v1/portal/assessment/findings").list();
        assertThat(portal).hasSize(1);
        Map<String, Object> seen = portal.get(0);
        assertThat(seen).containsEntry("controlCode", "C08").containsEntry("status", "OPEN")
                .containsEntry("requestMessage", "How will users be stopped from authorising apps?")
                .doesNotContainKey("owner").doesNotContainKey("plan");

        Response answered = invitation.portal().put("/api/v1/portal/assessment/findings/" + seen.get("id") + "/response",
                Map.of("plan", "API access control on, self-authorisation off", "plannedDate", today().plusDays(20).toString(),
                        "version", seen.get("version")));

        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.map()).containsEntry("status", "REMEDIATION_PLANNED")
                .containsEntry("plan", "API access control on, self-authorisation off")
                .containsEntry("plannedDate", today().plusDays(20).toString()).containsKey("respondedAt");
        Map<String, Object> analystView = viewer().get("/api/v1/findings/" + c08.get("id")).map();
        assertThat(analystView).containsEntry("status", "REMEDIATION_PLANNED")
                .containsEntry("vendorResponse", "API access control on, self-authorisation off")
                .containsEntry("vendorPlannedDate", today().plusDays(20).toString());
    }

    @Test
    void anotherAssessmentsTokenGets404AndSeesNothing() {
        Invitation mine = Invitation.send(analyst());
        Invitation other = Invitation.send(analyst());
        Map<String, Object> c08 = findingOf(mine, "C08");
        Map<String, Object> requested = request(c08, "Plan please").map();
        String path = "/api/v1/portal/assessment/findings/" + c08.get("id") + "/response";
        Map<String, Object> body = Map.of("plan", "Not mine to answer", "plannedDate", today().plusDays(5).toString(),
                "version", requested.get("version"));

        Response foreign = other.portal().put(path, body);

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(other.portal().get("/api/v1/portal/assessment/findings").list()).isEmpty();
        assertThat(viewer().get("/api/v1/findings/" + c08.get("id")).map()).containsEntry("status", "OPEN")
                .doesNotContainKey("vendorResponse");
        assertThat(mine.portal().get("/api/v1/findings/" + c08.get("id")).status()).as("a portal token outside the portal")
                .isEqualTo(401);
    }

    @Test
    void aFindingNotRequestedThroughThisAssessmentIs404EvenForTheSameVendor() {
        Invitation invitation = Invitation.send(analyst());
        Map<String, Object> c12 = findingOf(invitation, "C12");

        Response r = invitation.portal().put("/api/v1/portal/assessment/findings/" + c12.get("id") + "/response",
                Map.of("plan", "Bind tokens to IPs", "plannedDate", today().plusDays(5).toString(), "version", c12.get("version")));

        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void aPlanInThePastOrABlankPlanIsRejectedAndAStaleVersionConflicts() {
        Invitation invitation = Invitation.send(analyst());
        Map<String, Object> requested = request(findingOf(invitation, "C16"), "Alerts?").map();
        String path = "/api/v1/portal/assessment/findings/" + requested.get("id") + "/response";

        Response past = invitation.portal().put(path, Map.of("plan", "  ", "plannedDate", today().minusDays(1).toString(),
                "version", requested.get("version")));
        Response stale = invitation.portal().put(path, Map.of("plan", "Alerts on", "plannedDate", today().toString(),
                "version", ((Number) requested.get("version")).longValue() - 1));

        assertThat(past.status()).isEqualTo(422);
        assertThat(fieldErrors(past)).containsOnlyKeys("plan", "plannedDate");
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void aClosedFindingCannotBeSentForRemediation() {
        Invitation invitation = Invitation.send(analyst());
        Map<String, Object> f = findingOf(invitation, "C15");
        Response closed = analyst().put("/api/v1/findings/" + f.get("id"), Map.of("status", "CLOSED",
                "dueDate", f.get("dueDate"), "reason", "Logs shared", "version", f.get("version")));
        assertThat(closed.status()).isEqualTo(200);

        assertThat(request(closed.map(), "Plan?").status()).isEqualTo(409);
    }
}
