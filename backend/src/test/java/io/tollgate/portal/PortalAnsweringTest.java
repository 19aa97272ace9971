package io.tollgate.portal;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.Invitation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.ApiClient.fieldErrors;
import static io.tollgate.testsupport.Database.column;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PortalAnsweringTest extends IntegrationTest {
    private static final String EVIDENCE = "/api/v1/portal/assessment/evidence";

    @Test
    void savedAnswerIsVersionedAndCarriesThePolicyWarning() {
        Invitation invitation = Invitation.send(analyst());

        Response saved = invitation.answer("mfa", "PARTIAL", 0);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.map()).containsEntry("value", "PARTIAL").containsEntry("version", 1).containsEntry("answered", true)
                .containsEntry("warning", "Describe the compensating control.");
        Map<String, Object> view = invitation.portal().get("/api/v1/portal/assessment").map();
        assertThat(view).containsEntry("status", "IN_PROGRESS");
        assertThat(view.get("progress")).isEqualTo(Map.of("visibleQuestions", 4, "answeredQuestions", 1,
                "requiredQuestions", 3, "requiredAnswered", 1));
    }

    /** The save answers from its own row alone; whatever it returns, the full view of the assessment must agree. */
    @Test
    void theSavedAnswerIsTheAnswerTheAssessmentViewShows() {
        Invitation invitation = Invitation.send(analyst());
        Response partial = invitation.portal().put("/api/v1/portal/assessment/answers/" + invitation.questionId("mfa"),
                Map.of("value", "PARTIAL", "version", 0, "compensatingControl", "Hardware keys for admins",
                        "remediationDate", "2027-03-31"));
        Response methods = invitation.answer("mfa.methods", List.of("SMS", "FIDO2"), 0);
        Response sso = invitation.answer("sso", "NO", 0);
        Response ssoAgain = invitation.answer("sso", "YES", 1);

        assertThat(partial.map()).containsEntry("warning", "Describe the compensating control.")
                .containsEntry("compensatingControl", "Hardware keys for admins").containsEntry("remediationDate", "2027-03-31");
        assertThat(partial.map()).isEqualTo(answerOf(invitation, "mfa"));
        assertThat(methods.map()).isEqualTo(answerOf(invitation, "mfa.methods"));
        assertThat(sso.map()).containsEntry("version", 1);
        assertThat(ssoAgain.map()).isEqualTo(answerOf(invitation, "sso")).containsEntry("version", 2);
    }

    @Test
    void staleAutosaveIsRejectedWithTheCurrentAnswerAndTheAcknowledgedAnswerSurvives() {
        Invitation invitation = Invitation.send(analyst());
        assertThat(invitation.answer("mfa", "YES", 0).status()).isEqualTo(200);

        // A second tab still holding version 0 tries to save.
        Response stale = invitation.answer("mfa", "NO", 0);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        @SuppressWarnings("unchecked")
        Map<String, Object> current = (Map<String, Object>) stale.map().get("currentAnswer");
        assertThat(current).containsEntry("value", "YES").containsEntry("version", 1);
        Map<String, Object> stored = answerOf(invitation, "mfa");
        assertThat(stored).containsEntry("value", "YES").containsEntry("version", 1);

        assertThat(invitation.answer("mfa", "NO", 1).status()).isEqualTo(200);
        assertThat(answerOf(invitation, "mfa")).containsEntry("value", "NO").containsEntry("version", 2);
    }

    @Test
    void answersMustFitTheQuestionType() {
        Invitation invitation = Invitation.send(analyst());

        assertThat(fieldErrors(invitation.answer("mfa", "MAYBE", 0))).containsKey("value");
        assertThat(invitation.answer("mfa.methods", List.of("FIDO2", "CARRIER_PIGEON"), 0).status()).isEqualTo(422);
        assertThat(invitation.answer("mfa.methods", List.of("FIDO2", "SMS"), 0).status()).isEqualTo(200);
        assertThat(invitation.answer("mfa.evidence", "PROVIDED", 0).status()).isEqualTo(422);
    }

    @Test
    void submitListsEveryMissingRequiredVisibleQuestion() {
        Invitation invitation = Invitation.send(analyst());
        invitation.answer("mfa", "YES", 0);

        Response r = invitation.portal().post("/api/v1/portal/assessment/submit", Map.of());

        assertThat(r.status()).isEqualTo(422);
        assertThat(fieldErrors(r).keySet()).containsExactly("questions.mfa.methods", "questions.sso");
    }

    @Test
    void hiddenRequiredQuestionsDoNotBlockSubmitAndSubmittedAnswersAreFrozen() {
        Invitation invitation = Invitation.send(analyst());
        invitation.answer("mfa", "NO", 0);
        invitation.answer("sso", "YES", 0);

        Response submitted = invitation.portal().post("/api/v1/portal/assessment/submit", Map.of());

        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.map()).containsEntry("status", "SUBMITTED").containsEntry("editable", false);
        assertThat(invitation.answer("sso", "NO", 1).status()).isEqualTo(409);
        assertThat(invitation.portal().post("/api/v1/portal/assessment/submit", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void evidenceIsStoredWithItsChecksumAndASafeNameAndDownloadsUnchanged() throws Exception {
        Invitation invitation = Invitation.send(analyst());
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        Response uploaded = invitation.portal().multipart(EVIDENCE, "../../etc/passwd/..\\MFA policy (v2).pdf", pdf,
                "questionId", String.valueOf(invitation.questionId("mfa.evidence")));

        assertThat(uploaded.status()).isEqualTo(201);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(uploaded.map()).containsEntry("fileName", "MFA_policy_v2_.pdf").containsEntry("contentType", "application/pdf")
                .containsEntry("sizeBytes", pdf.length).containsEntry("sha256", sha);
        long id = ((Number) uploaded.map().get("id")).longValue();
        assertThat(column("SELECT sha256 FROM assessment_evidence WHERE id = ?", id)).isEqualTo(sha);
        assertThat(answerOf(invitation, "mfa.evidence")).containsEntry("answered", true);

        Response own = invitation.portal().get(EVIDENCE + "/" + id);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(pdf);
        assertThat(own.header("Content-Disposition")).contains("MFA_policy_v2_.pdf");
        Response analystCopy = analyst().get("/api/v1/assessments/" + invitation.assessmentId() + "/evidence/" + id);
        assertThat(analystCopy.status()).isEqualTo(200);
        assertThat(analyst().get("/api/v1/assessments/" + (invitation.assessmentId() + 1000) + "/evidence/" + id).status()).isEqualTo(404);
    }

    @Test
    void evidenceTypeIsDecidedByContentNotName() {
        Invitation invitation = Invitation.send(analyst());
        byte[] executable = {0x4D, 0x5A, (byte) 0x90, 0x00, 0x03, 0x00, 0x00, 0x00};

        assertThat(invitation.portal().multipart(EVIDENCE, "report.pdf", executable).status()).isEqualTo(415);
        Response csv = invitation.portal().multipart(EVIDENCE, "users.csv", "name,last_login\nana,2025-09-01\n".getBytes());
        assertThat(csv.status()).isEqualTo(201);
        assertThat(csv.map()).containsEntry("contentType", "text/csv; charset=utf-8");
        Response png = invitation.portal().multipart(EVIDENCE, "screenshot",
                new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        assertThat(png.map()).containsEntry("fileName", "screenshot.png").containsEntry("contentType", "image/png");
    }

    @Test
    void evidenceOver20MegabytesIsRefusedWith413() throws SQLException {
        Invitation invitation = Invitation.send(analyst());
        byte[] tooBig = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(tooBig, (byte) 'a');

        assertThat(invitation.portal().multipart(EVIDENCE, "big.txt", tooBig).status()).isEqualTo(413);
        assertThat(column("SELECT COUNT(*) FROM assessment_evidence WHERE assessment_id = ?", invitation.assessmentId())).isEqualTo("0");
    }

    @Test
    void largeEvidenceRoundTripsThroughChunks() throws Exception {
        Invitation invitation = Invitation.send(analyst());
        byte[] text = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < text.length; i++) {
            text[i] = (byte) ('a' + i % 26);
        }

        Response uploaded = invitation.portal().multipart(EVIDENCE, "log-sample.txt", text);

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(column("SELECT COUNT(*) FROM assessment_evidence_chunk WHERE evidence_id = ?", uploaded.map().get("id"))).isEqualTo("4");
        Response download = invitation.portal().get(EVIDENCE + "/" + uploaded.map().get("id"));
        assertThat(download.body().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(text);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> answerOf(Invitation invitation, String key) {
        return ((List<Map<String, Object>>) invitation.portal().get("/api/v1/portal/assessment").map().get("answers")).stream()
                .filter(a -> a.get("questionKey").equals(key)).findFirst().orElseThrow();
    }
}
