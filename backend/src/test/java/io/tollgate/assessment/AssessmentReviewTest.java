package io.tollgate.assessment;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.Invitation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.ApiClient.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AssessmentReviewTest extends IntegrationTest {

    @Test
    void reviewedAndCompletedAssessmentSetsTheVendorsControlStatuses() {
        Invitation invitation = Invitation.send(analyst());
        invitation.answer("mfa", "YES", 0);
        invitation.answer("mfa.methods", List.of("FIDO2"), 0);
        invitation.answer("sso", "NO", 0);
        invitation.portal().multipart("/api/v1/portal/assessment/evidence", "mfa.pdf", "%PDF-1.4\n%%EOF".getBytes(),
                "questionId", String.valueOf(invitation.questionId("mfa.evidence")));
        assertThat(invitation.portal().post("/api/v1/portal/assessment/submit", Map.of()).status()).isEqualTo(200);
        String path = "/api/v1/assessments/" + invitation.assessmentId();

        Response accepted = analyst().put(path + "/answers/" + invitation.questionId("mfa") + "/review", Map.of("decision", "ACCEPTED"));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.map()).containsEntry("reviewStatus", "ACCEPTED");
        Response overridden = analyst().put(path + "/control-overrides/C03",
                Map.of("status", "PARTIAL", "reason", "SSO covers agents; admins use local accounts with MFA"));
        assertThat(overridden.status()).isEqualTo(200);
        assertThat(overridden.map()).containsEntry("status", "PARTIAL").containsKey("overriddenBy");

        Map<String, Object> underReview = analyst().get(path).map();
        assertThat(underReview).containsEntry("status", "UNDER_REVIEW");
        assertThat(result(underReview, "C01")).containsEntry("status", "MET").containsEntry("evidence", "DOCUMENTED")
                .containsEntry("source", "ANSWERS");
        assertThat(result(underReview, "C03")).containsEntry("status", "PARTIAL").containsEntry("source", "OVERRIDE");

        // Every answer reviewed first: completing with unreviewed answers is refused (AnswersReachTheScoreTest).
        Response completed = invitation.complete(analyst());

        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.map()).containsEntry("status", "COMPLETED").containsKey("completedAt");
        List<Map<String, Object>> controls = viewer().get("/api/v1/vendors/" + invitation.vendorId() + "/controls").list();
        assertThat(control(controls, "C01")).containsEntry("status", "MET").containsEntry("evidence", "DOCUMENTED");
        assertThat(control(controls, "C03")).containsEntry("status", "PARTIAL");
        assertThat(control(controls, "C02")).containsEntry("status", "UNKNOWN");
    }

    @Test
    void clarificationIsShownToTheVendorAfterChangesAreRequested() {
        Invitation invitation = Invitation.send(analyst());
        invitation.answer("mfa", "NO", 0);
        invitation.answer("sso", "YES", 0);
        invitation.portal().post("/api/v1/portal/assessment/submit", Map.of());
        String path = "/api/v1/assessments/" + invitation.assessmentId();

        Response clarify = analyst().put(path + "/answers/" + invitation.questionId("mfa") + "/review",
                Map.of("decision", "CLARIFICATION_REQUESTED", "comment", "Which accounts are excepted?"));
        assertThat(clarify.map()).containsEntry("reviewStatus", "CLARIFICATION_REQUESTED");
        long version = ((Number) analyst().get(path).map().get("version")).longValue();
        assertThat(analyst().post(path + "/status", Map.of("status", "CHANGES_REQUESTED", "version", version)).status()).isEqualTo(422);
        Response changes = analyst().post(path + "/status", Map.of("status", "CHANGES_REQUESTED", "version", version,
                "comment", "Please answer the MFA question in detail."));
        assertThat(changes.status()).isEqualTo(200);

        Map<String, Object> view = invitation.portal().get("/api/v1/portal/assessment").map();
        assertThat(view).containsEntry("status", "CHANGES_REQUESTED").containsEntry("editable", true)
                .containsEntry("changesRequested", "Please answer the MFA question in detail.");
        @SuppressWarnings("unchecked")
        Map<String, Object> mfa = ((List<Map<String, Object>>) view.get("answers")).get(0);
        assertThat(mfa).containsEntry("reviewComment", "Which accounts are excepted?");
        Response reanswered = invitation.answer("mfa", "PARTIAL", 1);
        assertThat(reanswered.map()).containsEntry("reviewStatus", "PENDING");
        assertThat(invitation.portal().post("/api/v1/portal/assessment/submit", Map.of()).status()).isEqualTo(422);
    }

    @Test
    void invalidTransitionsAndStaleVersionsAreConflicts() {
        Invitation invitation = Invitation.send(analyst());
        String status = "/api/v1/assessments/" + invitation.assessmentId() + "/status";

        assertThat(analyst().post(status, Map.of("status", "COMPLETED", "version", 0)).status()).isEqualTo(409);
        assertThat(analyst().post(status, Map.of("status", "SUBMITTED", "version", 0)).status()).isEqualTo(409);
        assertThat(analyst().post(status, Map.of("status", "EXPIRED", "version", 5)).status()).isEqualTo(409);
        assertThat(analyst().put("/api/v1/assessments/" + invitation.assessmentId() + "/answers/"
                + invitation.questionId("mfa") + "/review", Map.of("decision", "ACCEPTED")).status()).isEqualTo(409);

        Response expired = analyst().post(status, Map.of("status", "EXPIRED", "version", 0));
        assertThat(expired.map()).containsEntry("status", "EXPIRED");
        assertThat(invitation.portal().get("/api/v1/portal/assessment").status()).isEqualTo(401);
        assertThat(viewer().post(status, Map.of("status", "SENT", "version", 1)).status()).isEqualTo(403);
    }

    @Test
    void createRejectsUnknownVendorTemplateAndPastDueDate() {
        Response r = analyst().post("/api/v1/assessments", Map.of("vendorId", 999_999_999, "templateId", 999_999_999,
                "dueDate", LocalDate.now().minusDays(1).toString(), "respondentEmail", "x@vendor.example"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(fieldErrors(r)).containsKeys("vendorId", "templateId", "dueDate");
    }

    @Test
    void listFiltersByVendorAndStatus() {
        Invitation invitation = Invitation.send(analyst());

        Map<String, Object> page = viewer().get("/api/v1/assessments?vendorId=" + invitation.vendorId() + "&status=SENT").map();

        assertThat(page).containsEntry("totalItems", 1);
        assertThat(viewer().get("/api/v1/assessments?vendorId=" + invitation.vendorId() + "&status=COMPLETED").map())
                .containsEntry("totalItems", 0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Map<String, Object> assessment, String code) {
        return ((List<Map<String, Object>>) assessment.get("controlResults")).stream()
                .filter(r -> r.get("controlCode").equals(code)).findFirst().orElseThrow();
    }

    private static Map<String, Object> control(List<Map<String, Object>> controls, String code) {
        return controls.stream().filter(c -> code.equals(c.get("code")) || code.equals(c.get("controlCode"))).findFirst().orElseThrow();
    }
}
