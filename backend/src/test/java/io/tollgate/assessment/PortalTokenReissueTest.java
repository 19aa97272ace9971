package io.tollgate.assessment;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.Invitation;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PortalTokenReissueTest extends IntegrationTest {

    @Test
    void reissuedTokenReplacesTheOldOneAndKeepsTheAnswers() {
        Invitation invitation = Invitation.send(analyst());
        invitation.answer("mfa", "YES", 0);
        String path = "/api/v1/assessments/" + invitation.assessmentId() + "/portal-token";

        Response reissued = analyst().post(path, Map.of());

        assertThat(reissued.status()).as(reissued.toString()).isEqualTo(200);
        assertThat(reissued.header("Cache-Control")).isEqualTo("no-store");
        String token = reissued.map().get("portalToken").toString();
        assertThat(token).startsWith("tgp_").isNotEqualTo(invitation.token());
        assertThat(reissued.map().get("portalUrl").toString()).endsWith("/portal/" + token);
        assertThat(invitation.portal().get("/api/v1/portal/assessment").status()).isEqualTo(401);
        Map<String, Object> view = anonymous.as(token).get("/api/v1/portal/assessment").map();
        assertThat(view.get("answers").toString()).contains("value=YES");
    }

    @Test
    void aRevokedLinkCanBeReplacedButAClosedAssessmentsCannot() {
        Invitation invitation = Invitation.send(analyst());
        String base = "/api/v1/assessments/" + invitation.assessmentId();
        assertThat(analyst().delete(base + "/portal-token").status()).isEqualTo(204);
        assertThat(analyst().get(base).map()).containsEntry("tokenRevoked", true);

        Response reissued = analyst().post(base + "/portal-token", Map.of());
        assertThat(reissued.status()).isEqualTo(200);
        assertThat(analyst().get(base).map()).containsEntry("tokenRevoked", false);
        assertThat(anonymous.as(reissued.map().get("portalToken").toString()).get("/api/v1/portal/assessment").status()).isEqualTo(200);

        long version = ((Number) analyst().get(base).map().get("version")).longValue();
        assertThat(analyst().post(base + "/status", Map.of("status", "EXPIRED", "version", version)).status()).isEqualTo(200);
        assertThat(analyst().post(base + "/portal-token", Map.of()).status()).isEqualTo(409);
        assertThat(viewer().post(base + "/portal-token", Map.of()).status()).isEqualTo(403);
        assertThat(analyst().post("/api/v1/assessments/987654321/portal-token", Map.of()).status()).isEqualTo(404);
    }
}
