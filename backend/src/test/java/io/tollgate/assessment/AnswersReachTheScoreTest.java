package io.tollgate.assessment;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.Invitation;
import io.tollgate.testsupport.TemplateBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.Eventually.await;
import static io.tollgate.testsupport.TemplateBuilder.question;
import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop an analyst relies on, through the HTTP API: a vendor answers in the portal, the analyst reviews and
 * completes, and the accepted answer reaches the control status, the findings and the score, even where an older
 * override said otherwise.
 */
@MicronautTest(transactional = false)
class AnswersReachTheScoreTest extends IntegrationTest {

    private static final List<Map<String, Object>> HOLDINGS = List.of(
            Map.of("dataCategory", "NAME", "recordCount", 1_000_000, "accessType", "BULK_ACCESS"),
            Map.of("dataCategory", "EMAIL", "recordCount", 1_000_000, "accessType", "BULK_ACCESS"));

    /** A template whose one question decides phishing-resistant MFA (C02), with an evidence upload for it. */
    private long template() {
        return TemplateBuilder.template()
                .add(question("prmfa", "YES_NO_PARTIAL_NA", "Is MFA phishing-resistant (FIDO2/WebAuthn)?", true,
                        Map.of("controls", List.of(Map.of("controlCode", "C02", "rules", List.of(
                                Map.of("answers", List.of("YES"), "status", "MET"),
                                Map.of("answers", List.of("NO"), "status", "NOT_MET")))))))
                .add(question("prmfa.evidence", "FILE", "Upload your MFA configuration export.", false, Map.of(
                        "controls", List.of(Map.of("controlCode", "C02", "rules", List.of(
                                Map.of("answers", List.of("PROVIDED"), "evidence", "DOCUMENTED")))))))
                .create(analyst());
    }

    private Map<String, Object> risk(long vendorId) {
        return viewer().get("/api/v1/vendors/" + vendorId + "/risk").map();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> control(List<Map<String, Object>> controls, String code) {
        return controls.stream().filter(c -> c.get("controlCode").equals(code)).findFirst().orElseThrow();
    }

    @Test
    void anAcceptedAnswerSupersedesAnOlderOverrideAndReachesControlsFindingsAndScore() throws Exception {
        Invitation invitation = Invitation.send(analyst(), template());
        long vendorId = invitation.vendorId();
        assertThat(analyst().put("/api/v1/vendors/" + vendorId + "/data-holdings", HOLDINGS).status()).isEqualTo(200);
        // The demo's old way: an override "from the last review" says C02 is not met, which opens a finding.
        Response overridden = analyst().put("/api/v1/vendors/" + vendorId + "/controls/C02",
                Map.of("status", "NOT_MET", "reason", "Push MFA only, seen on a call", "version", 0));
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
        await("a finding opens for C02", () -> findingStatus(vendorId, "C02").equals("OPEN"));
        await("the vendor is scored", () -> risk(vendorId).get("confidence") != null);
        double before = ((Number) risk(vendorId).get("score")).doubleValue();
        assertThat(risk(vendorId)).containsEntry("confidence", "PROVISIONAL");

        invitation.answer("mfa", "YES", 0);
        invitation.answer("mfa.methods", List.of("FIDO2"), 0);
        invitation.answer("sso", "YES", 0);
        invitation.answer("prmfa", "YES", 0);
        invitation.portal().multipart("/api/v1/portal/assessment/evidence", "mfa-export.pdf", "%PDF-1.4\n%%EOF".getBytes(),
                "questionId", String.valueOf(invitation.questionId("prmfa.evidence")));
        assertThat(invitation.portal().post("/api/v1/portal/assessment/submit", Map.of()).status()).isEqualTo(200);
        String path = "/api/v1/assessments/" + invitation.assessmentId();

        // The preview tells the truth: the override conflicts with the answer, and nothing is reviewed yet.
        Map<String, Object> preview = analyst().get(path + "/completion").map();
        assertThat(preview.get("unreviewedQuestions").toString()).contains("prmfa", "mfa", "sso");
        @SuppressWarnings("unchecked")
        Map<String, Object> c02 = control((List<Map<String, Object>>) preview.get("controls"), "C02");
        assertThat(c02).containsEntry("conflict", true).containsEntry("assessedStatus", "MET");
        assertThat(c02.get("current").toString()).contains("OVERRIDE");
        assertThat(c02.get("recorded").toString()).contains("ASSESSMENT");

        // Completing with unreviewed answers is refused, naming them.
        Object version = analyst().get(path).map().get("version");
        Response refused = analyst().post(path + "/status", Map.of("status", "COMPLETED", "version", version));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.map().get("detail").toString()).contains("not reviewed").contains("prmfa");

        assertThat(invitation.complete(analyst()).status()).isEqualTo(200);

        List<Map<String, Object>> controls = viewer().get("/api/v1/vendors/" + vendorId + "/controls").list();
        assertThat(control(controls, "C02")).containsEntry("status", "MET").containsEntry("evidence", "DOCUMENTED")
                .containsEntry("source", "ASSESSMENT").containsEntry("assessmentId", (int) invitation.assessmentId());
        await("the finding on C02 closes", () -> findingStatus(vendorId, "C02").equals("CLOSED"));
        await("the score follows the accepted answers", () -> "ASSESSED".equals(risk(vendorId).get("confidence")));
        assertThat(((Number) risk(vendorId).get("score")).doubleValue()).isGreaterThan(before);
    }

    @Test
    void completingWithAPendingClarificationNeedsForceAndAReasonAndIsAudited() throws Exception {
        Invitation invitation = Invitation.send(analyst());
        invitation.answer("mfa", "NO", 0);
        invitation.answer("sso", "YES", 0);
        invitation.portal().post("/api/v1/portal/assessment/submit", Map.of());
        String path = "/api/v1/assessments/" + invitation.assessmentId();
        analyst().put(path + "/answers/" + invitation.questionId("mfa") + "/review",
                Map.of("decision", "CLARIFICATION_REQUESTED", "comment", "Which accounts are excepted?"));
        analyst().put(path + "/answers/" + invitation.questionId("sso") + "/review", Map.of("decision", "ACCEPTED"));
        Object version = analyst().get(path).map().get("version");

        Response refused = analyst().post(path + "/status", Map.of("status", "COMPLETED", "version", version, "force", true));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.map().get("detail").toString()).contains("clarification is pending (mfa)");

        Response forced = analyst().post(path + "/status", Map.of("status", "COMPLETED", "version", version, "force", true,
                "reason", "Vendor confirmed by phone; written answer to follow"));
        assertThat(forced.status()).as(forced.toString()).isEqualTo(200);
        assertThat(Database.column("SELECT COUNT(*) FROM audit_event WHERE action = 'assessment.complete.forced' AND resource_id = ?",
                String.valueOf(invitation.assessmentId()))).isEqualTo("1");
    }

    @Test
    void aVendorWithNoHoldingsIsNeitherAnANorAB() {
        long vendorId = vendor("No holdings").create(analyst());
        await("the vendor is scored", () -> risk(vendorId).get("grade") != null);
        Map<String, Object> risk = risk(vendorId);
        assertThat(risk).containsEntry("confidence", "INCOMPLETE");
        assertThat(risk.get("grade")).isNotIn("A", "B");
        assertThat(risk.get("explanation").toString()).contains("assumed=true");
    }

    @SuppressWarnings("unchecked")
    private String findingStatus(long vendorId, String control) {
        return viewer().get("/api/v1/vendors/" + vendorId + "/findings").list().stream()
                .filter(f -> f.get("controlCode").equals(control)).map(f -> (String) f.get("status")).findFirst().orElse("NONE");
    }
}
