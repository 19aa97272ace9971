package io.tollgate.portal;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.Invitation;
import io.tollgate.testsupport.TemplateBuilder;
import io.tollgate.testsupport.VendorBuilder;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

import static io.tollgate.testsupport.Database.column;
import static io.tollgate.testsupport.Database.update;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PortalAccessTest extends IntegrationTest {

    @Test
    void createdAssessmentReturnsItsTokenOnceAndStoresOnlyAHash() throws SQLException {
        Invitation invitation = Invitation.send(analyst());

        assertThat(invitation.token()).matches("tgp_[A-Za-z0-9_-]{43}");
        String stored = column("SELECT token_hash FROM assessment WHERE id = ?", invitation.assessmentId());
        assertThat(stored).hasSize(64).isNotEqualTo(invitation.token()).doesNotContain(invitation.token().substring(4));

        Response read = analyst().get("/api/v1/assessments/" + invitation.assessmentId());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(invitation.token()).doesNotContain(stored);
        assertThat(read.map()).containsEntry("status", "SENT").containsEntry("tokenRevoked", false);
        assertThat(analyst().get("/api/v1/assessments?vendorId=" + invitation.vendorId()).body()).doesNotContain(invitation.token());
    }

    @Test
    void portalShowsOnlyTheTokensOwnAssessment() {
        Invitation a = Invitation.send(analyst());
        Invitation b = Invitation.send(analyst());

        Response view = a.portal().get("/api/v1/portal/assessment");

        assertThat(view.status()).isEqualTo(200);
        assertThat(view.map()).containsEntry("status", "SENT").containsEntry("editable", true);
        assertThat(view.body()).doesNotContain("controlCode");
        assertThat(a.questionId("mfa")).isNotEqualTo(b.questionId("mfa"));
    }

    @Test
    void tokenOfOneAssessmentCannotReadOrWriteAnother() {
        Invitation a = Invitation.send(analyst());
        Invitation b = Invitation.send(analyst());
        long questionOfB = b.questionId("mfa");
        Response evidenceOfB = b.portal().multipart("/api/v1/portal/assessment/evidence", "b.txt", "of b".getBytes());
        long evidenceIdOfB = ((Number) evidenceOfB.map().get("id")).longValue();

        assertThat(a.portal().put("/api/v1/portal/assessment/answers/" + questionOfB, Map.of("value", "YES", "version", 0)).status())
                .isEqualTo(404);
        assertThat(a.portal().get("/api/v1/portal/assessment/evidence/" + evidenceIdOfB).status()).isEqualTo(404);
        // An assessment id smuggled into the request is not a way in either.
        assertThat(a.portal().get("/api/v1/portal/assessment?assessmentId=" + b.assessmentId()).map())
                .containsEntry("vendorName", analyst().get("/api/v1/vendors/" + a.vendorId()).map().get("name"));
        assertThat(analyst().get("/api/v1/assessments/" + b.assessmentId()).map().get("progress"))
                .isEqualTo(Map.of("visibleQuestions", 3, "answeredQuestions", 0, "requiredQuestions", 2, "requiredAnswered", 0));
    }

    @Test
    void revokedTokenIsRefusedWith401() {
        Invitation invitation = Invitation.send(analyst());
        assertThat(invitation.portal().get("/api/v1/portal/assessment").status()).isEqualTo(200);

        assertThat(analyst().delete("/api/v1/assessments/" + invitation.assessmentId() + "/portal-token").status()).isEqualTo(204);

        assertThat(invitation.portal().get("/api/v1/portal/assessment").status()).isEqualTo(401);
        assertThat(analyst().get("/api/v1/assessments/" + invitation.assessmentId()).map()).containsEntry("tokenRevoked", true);
    }

    @Test
    void expiredTokenIsRefusedWith401() throws SQLException {
        Invitation invitation = Invitation.send(analyst());
        update("UPDATE assessment SET token_expires_at = ? WHERE id = ?", LocalDate.now().minusDays(1).atStartOfDay(),
                invitation.assessmentId());

        assertThat(invitation.portal().get("/api/v1/portal/assessment").status()).isEqualTo(401);
    }

    @Test
    void unknownOrMalformedPortalTokensAre401() {
        assertThat(anonymous.as("tgp_" + "A".repeat(43)).get("/api/v1/portal/assessment").status()).isEqualTo(401);
        assertThat(anonymous.as("tgp_short").get("/api/v1/portal/assessment").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/portal/assessment").status()).isEqualTo(401);
    }

    @Test
    void draftAssessmentsTokenWorksOnlyOnceSent() {
        long vendorId = VendorBuilder.vendor().create(analyst());
        long templateId = TemplateBuilder.template().create(analyst());
        Response created = analyst().post("/api/v1/assessments", Map.of("vendorId", vendorId, "templateId", templateId,
                "dueDate", LocalDate.now().plusDays(10).toString(), "respondentEmail", "a@vendor.example", "draft", true));
        assertThat(created.map()).containsEntry("status", "DRAFT");
        ApiClient portal = anonymous.as((String) created.map().get("portalToken"));
        long id = ((Number) created.map().get("id")).longValue();
        assertThat(portal.get("/api/v1/portal/assessment").status()).isEqualTo(401);

        assertThat(analyst().post("/api/v1/assessments/" + id + "/status", Map.of("status", "SENT", "version", 0)).status()).isEqualTo(200);

        assertThat(portal.get("/api/v1/portal/assessment").status()).isEqualTo(200);
    }

    @Test
    void analystTokenIsForbiddenOnThePortal() {
        assertThat(analyst().get("/api/v1/portal/assessment").status()).isEqualTo(403);
        assertThat(admin().post("/api/v1/portal/assessment/submit", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void portalTokenIsNoCredentialOnAnyAnalystEndpoint() {
        Invitation invitation = Invitation.send(analyst());
        ApiClient portal = invitation.portal();

        assertThat(portal.get("/api/v1/assessments/" + invitation.assessmentId()).status()).isEqualTo(401);
        assertThat(portal.get("/api/v1/assessments").status()).isEqualTo(401);
        assertThat(portal.get("/api/v1/vendors/" + invitation.vendorId()).status()).isEqualTo(401);
        assertThat(portal.get("/api/v1/vendors/" + invitation.vendorId() + "/controls").status()).isEqualTo(401);
        assertThat(portal.get("/api/v1/questionnaire-templates/" + invitation.templateId()).status()).isEqualTo(401);
        assertThat(portal.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(portal.post("/api/v1/assessments/" + invitation.assessmentId() + "/status",
                Map.of("status", "COMPLETED", "version", 0)).status()).isEqualTo(401);
    }
}
