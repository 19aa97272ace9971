package io.tollgate.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.tollgate.finding.FindingService;
import io.tollgate.security.Role;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.ApiTokens;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.Invitation;
import io.tollgate.testsupport.WebhookBuilder;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class AuditTrailTest extends IntegrationTest {
    @Inject
    AuditLog audit;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    FindingService findings;

    private List<Map<String, Object>> events(String query) {
        Response r = admin().get("/api/v1/audit-events?size=200&" + query);
        assertThat(r.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) r.map().get("items");
        return items;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChangeIsRecordedWithWhoBeforeAndAfter() {
        long id = vendor("Audited").create(analyst());
        Map<String, Object> read = analyst().get("/api/v1/vendors/" + id).map();
        Response updated = analyst().put("/api/v1/vendors/" + id,
                vendor().with("name", "Renamed " + id).with("version", read.get("version")).build());
        assertThat(updated.status()).isEqualTo(200);

        List<Map<String, Object>> trail = events("resourceType=vendor&resourceId=" + id);

        assertThat(trail).extracting(e -> e.get("action")).containsExactly("vendor.update", "vendor.create");
        Map<String, Object> update = trail.get(0);
        String analystName = (String) analyst().get("/api/v1/auth/me").map().get("username");
        assertThat(update).containsEntry("actorType", "USER").containsEntry("actorName", analystName)
                .containsEntry("outcome", "SUCCESS").containsKey("requestId").containsKey("clientIp").containsKey("occurredAt");
        Map<String, Object> before = (Map<String, Object>) ((Map<String, Object>) update.get("before")).get("vendor");
        Map<String, Object> after = (Map<String, Object>) ((Map<String, Object>) update.get("after")).get("vendor");
        assertThat(before.get("name")).isEqualTo(read.get("name"));
        assertThat(after.get("name")).isEqualTo("Renamed " + id);
        assertThat(trail.get(1)).doesNotContainKey("before");
    }

    @Test
    void aRefusedChangeRecordsNothing() {
        long id = vendor("Stale").create(analyst());

        Response stale = analyst().put("/api/v1/vendors/" + id, vendor().with("version", 99).build());

        assertThat(stale.status()).isEqualTo(409);
        assertThat(events("resourceType=vendor&resourceId=" + id)).extracting(e -> e.get("action")).containsExactly("vendor.create");
    }

    @Test
    void anEventRollsBackWithItsTransaction() {
        String resourceId = UUID.randomUUID().toString();

        transactions.executeWrite(status -> {
            audit.record("test.change", "test", resourceId, null, Map.of("n", 1));
            status.setRollbackOnly();
            return null;
        });
        transactions.executeWrite(status -> {
            audit.record("test.change", "test", resourceId, null, Map.of("n", 2));
            return null;
        });

        List<Map<String, Object>> trail = events("resourceType=test&resourceId=" + resourceId);
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0)).containsEntry("after", Map.of("n", 2)).containsEntry("actorType", "SYSTEM");
    }

    @Test
    void recordingOutsideATransactionFails() {
        assertThatThrownBy(() -> audit.record("test.change", "test", "x", null, null)).isInstanceOf(RuntimeException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void deniedRequestsAreRecorded() {
        String requestId = "denied-" + UUID.randomUUID();
        String viewerName = (String) viewer().get("/api/v1/auth/me").map().get("username");

        assertThat(viewer().post("/api/v1/vendors", vendor().build()).status()).isEqualTo(403);
        Response anonymousRefusal = anonymous.get("/api/v1/vendors", "X-Request-Id", requestId);
        assertThat(anonymousRefusal.status()).isEqualTo(401);
        assertThat(anonymousRefusal.header("X-Request-Id")).isEqualTo(requestId);

        List<Map<String, Object>> denied = events("outcome=DENIED&action=access.denied");
        assertThat(denied).anySatisfy(e -> {
            assertThat(e).containsEntry("actorName", viewerName).containsEntry("actorType", "USER");
            assertThat((Map<String, Object>) e.get("after")).containsEntry("method", "POST").containsEntry("path", "/api/v1/vendors")
                    .containsEntry("status", 403);
        });
        assertThat(denied).anySatisfy(e -> {
            assertThat(e).containsEntry("requestId", requestId).containsEntry("actorType", "ANONYMOUS");
            assertThat((Map<String, Object>) e.get("after")).containsEntry("status", 401);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void signInsAndSignOutsAreRecordedWithTheUsernameButNeverThePassword() throws Exception {
        String username = io.tollgate.testsupport.TestUsers.create(Role.VIEWER, users, hasher);
        String wrongPassword = "wrong-" + UUID.randomUUID();
        String failedRequest = "failed-sign-in-" + UUID.randomUUID();

        Response failed = anonymous.post("/api/v1/auth/login", Map.of("username", username, "password", wrongPassword),
                "X-Request-Id", failedRequest);
        Response signedIn = anonymous.post("/api/v1/auth/login",
                Map.of("username", username, "password", io.tollgate.testsupport.TestUsers.PASSWORD));
        assertThat(failed.status()).isEqualTo(401);
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(anonymous.as((String) signedIn.map().get("accessToken")).post("/api/v1/auth/logout", null).status()).isEqualTo(204);
        String unknownUser = "nobody-" + UUID.randomUUID();
        assertThat(anonymous.post("/api/v1/auth/login", Map.of("username", unknownUser, "password", wrongPassword)).status()).isEqualTo(401);

        Response trailResponse = admin().get("/api/v1/audit-events?size=200&resourceType=user&resourceId=" + username);
        List<Map<String, Object>> trail = events("resourceType=user&resourceId=" + username);
        assertThat(trail).extracting(e -> e.get("action") + " " + e.get("outcome"))
                .containsExactly("auth.logout SUCCESS", "auth.login SUCCESS", "auth.login DENIED");
        assertThat(trail.get(0)).containsEntry("actorType", "USER").containsEntry("actorName", username);
        assertThat(trail.get(1)).containsEntry("actorType", "USER").containsEntry("actorName", username).containsKey("clientIp");
        assertThat((Map<String, Object>) trail.get(1).get("after")).containsEntry("username", username)
                .containsEntry("method", "password").containsEntry("result", "SIGNED_IN");
        assertThat(trail.get(2)).containsEntry("actorType", "ANONYMOUS").containsEntry("actorName", username)
                .containsEntry("requestId", failedRequest);
        assertThat((Map<String, Object>) trail.get(2).get("after")).containsEntry("result", "WRONG_PASSWORD");
        assertThat(events("resourceType=user&resourceId=" + unknownUser)).singleElement()
                .satisfies(e -> assertThat((Map<String, Object>) e.get("after")).containsEntry("result", "UNKNOWN_USER"));
        assertThat(trailResponse.body()).doesNotContain(wrongPassword).doesNotContain(io.tollgate.testsupport.TestUsers.PASSWORD);
        assertThat(Database.column("SELECT COUNT(*) FROM audit_event WHERE request_id = ?", failedRequest))
                .as("the failed sign-in once, not again as a refused request").isEqualTo("1");
        assertThat(Database.column("SELECT COUNT(*) FROM audit_event WHERE before_state LIKE ? OR after_state LIKE ?",
                "%" + wrongPassword + "%", "%" + wrongPassword + "%")).isEqualTo("0");
    }

    @Test
    @SuppressWarnings("unchecked")
    void portalAnswersAreRecordedAsTheRespondentsWithTheAnswerBeforeAndAfter() {
        Invitation invitation = Invitation.send(analyst());
        long questionId = invitation.questionId("mfa");

        assertThat(invitation.answer("mfa", "YES", 0).status()).isEqualTo(200);

        List<Map<String, Object>> trail = events("resourceType=assessment-answer&resourceId=" + invitation.assessmentId() + "/" + questionId);
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0)).containsEntry("action", "portal.answer.save").containsEntry("actorType", "PORTAL")
                .containsEntry("actorName", "portal-assessment-" + invitation.assessmentId());
        assertThat(((Map<String, Object>) trail.get(0).get("before")).get("answerValue")).isNull();
        assertThat((Map<String, Object>) trail.get(0).get("after")).containsEntry("answerValue", "YES");
        assertThat(events("resourceType=assessment&resourceId=" + invitation.assessmentId()))
                .extracting(e -> e.get("action")).contains("assessment.create");
    }

    private static List<Object> actions(List<Map<String, Object>> trail) {
        return trail.stream().map(e -> e.get("action")).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void apiTokenCreationAndRevocationAreRecordedWithoutTheSecret() throws Exception {
        ApiTokens.Issued token = ApiTokens.issue(admin(), "vendors:read");
        String hash = Database.column("SELECT secret_hash FROM api_token WHERE id = ?", token.id());

        assertThat(admin().delete("/api/v1/api-tokens/" + token.id()).status()).isEqualTo(204);
        assertThat(admin().delete("/api/v1/api-tokens/" + token.id()).status()).as("again: nothing changes").isEqualTo(204);

        Response trail = admin().get("/api/v1/audit-events?size=200&resourceType=api-token&resourceId=" + token.id());
        List<Map<String, Object>> events = (List<Map<String, Object>>) trail.map().get("items");
        assertThat(actions(events)).containsExactly("api-token.revoke", "api-token.create");
        assertThat((Map<String, Object>) events.get(0).get("before")).containsEntry("revokedAt", null);
        assertThat((Map<String, Object>) events.get(0).get("after")).doesNotContainEntry("revokedAt", null)
                .containsEntry("secretHash", "[redacted]");
        assertThat(trail.body()).doesNotContain(token.secret()).doesNotContain(hash);
    }

    @Test
    void webhookChangesAreRecordedWithTheSecretMasked() {
        Map<String, Object> hook = WebhookBuilder.webhook("http://127.0.0.1:9/audited").create(admin());
        String path = "/api/v1/webhooks/" + hook.get("id");
        assertThat(admin().put(path, WebhookBuilder.webhook("http://127.0.0.1:9/moved").with("version", hook.get("version"))
                .build()).status()).isEqualTo(200);
        assertThat(admin().delete(path).status()).isEqualTo(204);

        Response trail = admin().get("/api/v1/audit-events?size=200&resourceType=webhook&resourceId=" + hook.get("id"));
        List<Map<String, Object>> events = events("resourceType=webhook&resourceId=" + hook.get("id"));
        assertThat(actions(events)).containsExactly("webhook.delete", "webhook.update", "webhook.create");
        assertThat(trail.body()).contains("http://127.0.0.1:9/moved").doesNotContain((String) hook.get("secret"));
        assertThat(events.get(1).get("before").toString()).contains("http://127.0.0.1:9/audited");
    }

    @Test
    void findingTransitionsAreRecordedByWhoeverMadeThem() throws Exception {
        Invitation invitation = Invitation.send(analyst());
        String controls = "/api/v1/vendors/" + invitation.vendorId() + "/controls/C08";
        assertThat(analyst().put(controls, Map.of("status", "NOT_MET", "reason", "Seen on a screen share", "version", 0))
                .status()).isEqualTo(200);
        Map<String, Object> finding = analyst().get("/api/v1/vendors/" + invitation.vendorId() + "/findings").list().get(0);
        String path = "/api/v1/findings/" + finding.get("id");
        Response requested = analyst().post(path + "/remediation-request", Map.of("message", "Plan?", "version", finding.get("version")));
        assertThat(requested.status()).isEqualTo(200);
        Response responded = invitation.portal().put("/api/v1/portal/assessment/findings/" + finding.get("id") + "/response",
                Map.of("plan", "Switch it off", "plannedDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10).toString(),
                        "version", requested.map().get("version")));
        assertThat(responded.status()).isEqualTo(200);
        Map<String, Object> update = Map.of("status", "RISK_ACCEPTED", "dueDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(60).toString(),
                "riskAcceptedUntil", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString(), "reason", "Compensated by export alerts",
                "version", responded.map().get("version"));
        assertThat(analyst().put(path, update).status()).isEqualTo(200);
        assertThat(analyst().put(path, update).status()).as("stale: rolled back, recorded nothing").isEqualTo(409);
        Database.update("UPDATE finding SET risk_accepted_until = ? WHERE id = ?", java.sql.Date.valueOf(java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1)),
                finding.get("id"));
        transactions.executeWrite(status -> findings.reopenExpiredAcceptances());
        Map<String, Object> control = analyst().get("/api/v1/vendors/" + invitation.vendorId() + "/controls").list().stream()
                .filter(c -> "C08".equals(c.get("controlCode"))).findFirst().orElseThrow();
        assertThat(analyst().put(controls, Map.of("status", "MET", "evidence", "DOCUMENTED", "reason", "Fixed",
                "version", control.get("version"))).status()).isEqualTo(200);

        List<Map<String, Object>> trail = events("resourceType=finding&resourceId=" + finding.get("id"));

        assertThat(actions(trail)).containsExactly("finding.close", "finding.risk-acceptance.expire", "finding.status.risk_accepted",
                "finding.remediation.respond", "finding.remediation.request", "finding.open");
        String analystName = (String) analyst().get("/api/v1/auth/me").map().get("username");
        assertThat(trail.get(0)).containsEntry("actorName", analystName);
        assertThat(trail.get(1)).containsEntry("actorType", "SYSTEM");
        assertThat(trail.get(3)).containsEntry("actorType", "PORTAL");
        assertThat(trail.get(5)).containsEntry("actorName", analystName);
    }

    @Test
    void reissuedPortalLinksAndCadenceChangesAreRecorded() {
        Invitation invitation = Invitation.send(analyst());
        Response reissued = analyst().post("/api/v1/assessments/" + invitation.assessmentId() + "/portal-token", null);
        assertThat(reissued.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> low = ((List<Map<String, Object>>) admin().get("/api/v1/reassessment-cadences").map().get("items"))
                .stream().filter(c -> "LOW".equals(c.get("tier"))).findFirst().orElseThrow();
        // The same number of months: other tests read the cadence.
        assertThat(admin().put("/api/v1/reassessment-cadences/LOW", Map.of("months", low.get("months"), "version", low.get("version")))
                .status()).isEqualTo(200);

        assertThat(actions(events("resourceType=assessment&resourceId=" + invitation.assessmentId())))
                .containsExactly("assessment.token.reissue", "assessment.create");
        assertThat(admin().get("/api/v1/audit-events?size=200&resourceType=assessment&resourceId=" + invitation.assessmentId()).body())
                .doesNotContain((String) reissued.map().get("portalToken")).doesNotContain(invitation.token());
        assertThat(events("resourceType=reassessment-cadence&resourceId=LOW")).first()
                .satisfies(e -> assertThat(e).containsEntry("action", "reassessment-cadence.update"));
    }

    /** Bypasses the contract-checking client: the point is an operation the contract does not have. */
    private int rawPost(String path, String body) throws Exception {
        String token = io.tollgate.testsupport.TestUsers.tokenFor(Role.ADMIN, users, hasher, anonymous);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.getURI() + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void onlyAdminsReadTheTrail() {
        assertThat(anonymous.get("/api/v1/audit-events").status()).isEqualTo(401);
        assertThat(viewer().get("/api/v1/audit-events").status()).isEqualTo(403);
        assertThat(analyst().get("/api/v1/audit-events").status()).isEqualTo(403);
        assertThat(as(Role.ADMIN).get("/api/v1/audit-events").status()).isEqualTo(200);
    }

    @Test
    void theTrailCannotBeChangedThroughTheApi() throws Exception {
        long id = vendor("Immutable").create(analyst());
        Object eventId = events("resourceType=vendor&resourceId=" + id).get(0).get("id");

        assertThat(admin().delete("/api/v1/audit-events/" + eventId).status()).isIn(404, 405);
        assertThat(admin().put("/api/v1/audit-events/" + eventId, Map.of("action", "nothing")).status()).isIn(404, 405);
        assertThat(rawPost("/api/v1/audit-events", "{\"action\":\"forged\"}")).as("POST is not in the contract at all").isEqualTo(405);
        assertThat(events("resourceType=vendor&resourceId=" + id)).hasSize(1);
    }
}
