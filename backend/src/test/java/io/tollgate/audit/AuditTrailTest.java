package io.tollgate.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.tollgate.security.Role;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.Invitation;
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
