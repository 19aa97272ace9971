package io.tollgate.integration.webhook;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IncidentBodies;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.Invitation;
import io.tollgate.testsupport.WebhookReceiver;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.tollgate.testsupport.VendorBuilder.vendor;
import static io.tollgate.testsupport.WebhookBuilder.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deliveries to a real local receiver: signing, retries with backoff, dead letters, and the events raised. */
@MicronautTest(transactional = false)
class WebhookDeliveryTest extends IntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern SIGNATURE = Pattern.compile("^t=(\\d+),v1=([0-9a-f]{64})$");

    @Inject
    WebhookEvents events;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    WebhookSecrets secrets;

    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private final List<Long> subscriptions = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        // Subscriptions left behind would receive every later test's events.
        subscriptions.forEach(id -> admin().delete("/api/v1/webhooks/" + id));
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void aPingIsPostedWithAValidSignatureAndLoggedAsDelivered() throws Exception {
        WebhookReceiver receiver = receiver(WebhookReceiver.healthy());
        Map<String, Object> hook = subscribe(webhook(receiver.url(), "incident.published").create(admin()));

        Response queued = admin().post("/api/v1/webhooks/" + hook.get("id") + "/test", Map.of());

        assertThat(queued.status()).isEqualTo(202);
        assertThat(queued.map()).containsEntry("eventType", "ping").containsEntry("status", "PENDING");
        WebhookReceiver.Received ping = receiver.await(1, r -> true, WAIT).get(0);
        assertThat(ping.header("Tollgate-Event")).isEqualTo("ping");
        assertThat(ping.header("Tollgate-Delivery")).isEqualTo(String.valueOf(queued.map().get("id")));
        assertThat(ping.header("Content-Type")).startsWith("application/json");
        assertSignedWith((String) hook.get("secret"), ping);
        assertThat(json.readValue(ping.body(), Map.class)).containsEntry("type", "ping")
                .containsEntry("id", queued.map().get("eventId"));
        Map<String, Object> logged = awaitDelivery(hook, d -> "DELIVERED".equals(d.get("status")));
        assertThat(logged).containsEntry("attempts", 1).containsEntry("lastStatusCode", 204).containsKey("deliveredAt");
    }

    @Test
    void aSignatureMadeWithAnotherSecretDoesNotVerify() throws Exception {
        WebhookReceiver receiver = receiver(WebhookReceiver.healthy());
        Map<String, Object> hook = subscribe(webhook(receiver.url()).create(admin()));
        Map<String, Object> other = subscribe(webhook(receiver.url()).create(admin()));
        admin().post("/api/v1/webhooks/" + hook.get("id") + "/test", Map.of());

        WebhookReceiver.Received ping = receiver.await(1, r -> true, WAIT).get(0);

        assertThat(hook.get("secret")).isNotEqualTo(other.get("secret"));
        assertSignedWith((String) hook.get("secret"), ping);
        assertThatThrownBy(() -> assertSignedWith((String) other.get("secret"), ping)).isInstanceOf(AssertionError.class);
    }

    @Test
    void theSigningSecretIsStoredEncryptedAndStillSignsDeliveries() throws Exception {
        WebhookReceiver receiver = receiver(WebhookReceiver.healthy());
        Map<String, Object> hook = subscribe(webhook(receiver.url()).create(admin()));
        String secret = (String) hook.get("secret");

        String stored = Database.column("SELECT secret FROM webhook_subscription WHERE id = ?", hook.get("id"));
        admin().post("/api/v1/webhooks/" + hook.get("id") + "/test", Map.of());

        assertThat(secret).startsWith("whsec_");
        assertThat(stored).startsWith("v1:").isNotEqualTo(secret).doesNotContain(secret.substring("whsec_".length()));
        assertSignedWith(secret, receiver.await(1, r -> true, WAIT).get(0));
    }

    @Test
    void aSecretStoredInClearBeforeEncryptionIsEncryptedOnceAndKeepsSigning() throws Exception {
        WebhookReceiver receiver = receiver(WebhookReceiver.healthy());
        Map<String, Object> hook = subscribe(webhook(receiver.url()).create(admin()));
        String secret = (String) hook.get("secret");
        // As migration V20 stored it, before secrets were encrypted.
        Database.update("UPDATE webhook_subscription SET secret = ? WHERE id = ?", secret, hook.get("id"));
        admin().post("/api/v1/webhooks/" + hook.get("id") + "/test", Map.of());
        assertSignedWith(secret, receiver.await(1, r -> true, WAIT).get(0));

        assertThat(secrets.encryptStoredInClear()).isPositive();
        String encrypted = Database.column("SELECT secret FROM webhook_subscription WHERE id = ?", hook.get("id"));
        secrets.encryptStoredInClear();
        admin().post("/api/v1/webhooks/" + hook.get("id") + "/test", Map.of());

        assertThat(encrypted).startsWith("v1:").doesNotContain(secret.substring("whsec_".length()));
        assertThat(Database.column("SELECT secret FROM webhook_subscription WHERE id = ?", hook.get("id")))
                .as("not encrypted a second time").isEqualTo(encrypted);
        assertSignedWith(secret, receiver.await(2, r -> true, WAIT).get(1));
    }

    @Test
    void aSecretThatCannotBeDecryptedFailsTheDeliveryInsteadOfSendingIt() throws Exception {
        WebhookReceiver receiver = receiver(WebhookReceiver.healthy());
        Map<String, Object> hook = subscribe(webhook(receiver.url()).create(admin()));
        // As if encrypted under another tollgate.secrets.key.
        String foreign = "v1:" + java.util.Base64.getEncoder().encodeToString(new byte[12 + 49 + 16]);
        Database.update("UPDATE webhook_subscription SET secret = ? WHERE id = ?", foreign, hook.get("id"));

        admin().post("/api/v1/webhooks/" + hook.get("id") + "/test", Map.of());

        Map<String, Object> failed = awaitDelivery(hook, d -> d.get("lastError") != null);
        assertThat((String) failed.get("lastError")).startsWith("Signing secret unreadable").contains("tollgate.secrets.key");
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aFailingReceiverGetsTheSameDeliveryAgainWithGrowingWaitsUntilItAccepts() throws Exception {
        WebhookReceiver receiver = receiver(WebhookReceiver.failing(3, 503));
        Map<String, Object> hook = subscribe(webhook(receiver.url(), "incident.published").create(admin()));

        assertThat(analyst().post("/api/v1/incidents", IncidentBodies.incident("ACTIVE")).status()).isEqualTo(201);

        List<WebhookReceiver.Received> attempts = receiver.await(4, r -> true, WAIT);
        assertThat(attempts).extracting(r -> r.header("Tollgate-Delivery")).containsOnly(attempts.get(0).header("Tollgate-Delivery"));
        assertThat(attempts).extracting(WebhookReceiver.Received::body).containsOnly(attempts.get(0).body());
        attempts.forEach(a -> assertSignedWith((String) hook.get("secret"), a));
        // The backoff's size is checked in WebhookApiTest; wall-clock gaps here cannot be: MariaDB 10.x drivers drop the
        // sub-second part of next_attempt_at (see stack notes), which is noise for production waits of seconds to
        // hours but larger than the 100 ms test base.
        Map<String, Object> logged = awaitDelivery(hook, d -> "DELIVERED".equals(d.get("status")));
        assertThat(logged).containsEntry("attempts", 4).containsEntry("lastStatusCode", 204).doesNotContainKey("lastError");
    }

    @Test
    void aDeliveryThatKeepsFailingEndsDeadAndCanBeRedelivered() {
        WebhookReceiver receiver = receiver(WebhookReceiver.failing(1000, 500));
        Map<String, Object> hook = subscribe(webhook(receiver.url()).create(admin()));
        admin().post("/api/v1/webhooks/" + hook.get("id") + "/test", Map.of());

        Map<String, Object> dead = awaitDelivery(hook, d -> "DEAD".equals(d.get("status")));

        assertThat(dead).containsEntry("attempts", 4).containsEntry("lastStatusCode", 500).containsEntry("lastError", "HTTP 500")
                .doesNotContainKey("nextAttemptAt");
        assertThat(receiver.received()).hasSize(4);
        assertThat(admin().get("/api/v1/webhooks/" + hook.get("id") + "/deliveries?status=DEAD").map().get("totalItems"))
                .isEqualTo(1);

        Response again = admin().post("/api/v1/webhooks/" + hook.get("id") + "/deliveries/" + dead.get("id") + "/redeliver", Map.of());

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.map()).containsEntry("attempts", 0).containsEntry("status", "PENDING");
        receiver.await(5, r -> true, WAIT);
    }

    @Test
    void dispatchersRunningSideBySideSendEachDeliveryExactlyOnce() throws Exception {
        WebhookReceiver receiver = receiver(WebhookReceiver.healthy());
        Map<String, Object> hook = subscribe(webhook(receiver.url()).create(admin()));
        for (int i = 0; i < 30; i++) {
            assertThat(admin().post("/api/v1/webhooks/" + hook.get("id") + "/test", Map.of()).status()).isEqualTo(202);
        }

        // Two more dispatchers race the context's own scheduled one.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> racing = new ArrayList<>();
            for (String worker : List.of("test-dispatcher-a", "test-dispatcher-b")) {
                racing.add(pool.submit(() -> {
                    long deadline = System.nanoTime() + WAIT.toNanos();
                    while (System.nanoTime() < deadline && receiver.received().size() < 30) {
                        dispatcher.runOnce(worker, 3);
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : racing) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        receiver.await(30, r -> true, WAIT);
        sleep(500);
        assertThat(receiver.received()).hasSize(30);
        assertThat(receiver.received().stream().map(r -> r.header("Tollgate-Delivery")).distinct()).hasSize(30);
    }

    @Test
    void scoreChangesReachOnlySubscriptionsWhoseThresholdTheyMeetUnlessTheGradeChanged() {
        WebhookReceiver receiver = receiver(WebhookReceiver.healthy());
        Map<String, Object> strict = subscribe(webhook(receiver.url(), "vendor.score_changed").with("minScoreDelta", 5).create(admin()));
        Map<String, Object> loose = subscribe(webhook(receiver.url(), "vendor.score_changed").with("minScoreDelta", 2.5).create(admin()));
        Map<String, Object> other = subscribe(webhook(receiver.url(), "incident.published").create(admin()));

        raiseScoreChange("40.0", "C", "43.0", "C");

        assertThat(deliveries(strict)).isEmpty();
        assertThat(deliveries(loose)).hasSize(1);
        assertThat(deliveries(other)).isEmpty();

        raiseScoreChange("59.5", "C", "60.5", "B");

        assertThat(deliveries(strict)).hasSize(1);
        assertThat(deliveries(loose)).hasSize(2);
        assertThat(deliveries(other)).isEmpty();
    }

    @Test
    void aReScoreChunksScoreChangesFollowTheSameThresholds() {
        WebhookReceiver receiver = receiver(WebhookReceiver.healthy());
        Map<String, Object> strict = subscribe(webhook(receiver.url(), "vendor.score_changed").with("minScoreDelta", 5).create(admin()));
        Map<String, Object> loose = subscribe(webhook(receiver.url(), "vendor.score_changed").with("minScoreDelta", 2.5).create(admin()));

        tx.executeWrite(status -> {
            events.scoresChanged(List.of(
                    new WebhookEvents.ScoreChange(1L, "Chunk A", new BigDecimal("40.0"), "C", new BigDecimal("43.0"), "C", "test"),
                    new WebhookEvents.ScoreChange(2L, "Chunk B", new BigDecimal("59.5"), "C", new BigDecimal("60.5"), "B", "test"),
                    new WebhookEvents.ScoreChange(3L, "Chunk C", new BigDecimal("70.0"), "B", new BigDecimal("71.0"), "B", "test")));
            return null;
        });

        assertThat(deliveries(strict)).hasSize(1);
        assertThat(deliveries(loose)).hasSize(2);
    }

    @Test
    void anEventRaisedInATransactionThatRollsBackIsNeverStoredOrSent() throws Exception {
        String type = "test." + UUID.randomUUID().toString().substring(0, 8);

        assertThatThrownBy(() -> tx.executeWrite(status -> {
            events.raise(type, Map.of("n", 1));
            throw new IllegalStateException("the change failed");
        })).hasMessageContaining("the change failed");

        assertThat(Database.column("SELECT COUNT(*) FROM event_outbox WHERE event_type = ?", type)).isEqualTo("0");
        assertThatThrownBy(() -> events.raise(type, Map.of())).as("outside a transaction").isInstanceOf(RuntimeException.class);
    }

    @Test
    void aVendorWhoseStoredScoreMovesRaisesScoreChanged() throws Exception {
        WebhookReceiver receiver = receiver(WebhookReceiver.healthy());
        Map<String, Object> hook = subscribe(webhook(receiver.url(), "vendor.score_changed").with("minScoreDelta", 0).create(admin()));
        long vendorId = vendor("Scored").create(analyst());
        assertThat(viewer().get("/api/v1/vendors/" + vendorId + "/risk").status()).isEqualTo(200);

        analyst().put("/api/v1/vendors/" + vendorId + "/data-holdings", List.of(
                Map.of("dataCategory", "NAME", "recordCount", 9_000_000, "accessType", "SYSTEM_OF_RECORD"),
                Map.of("dataCategory", "EMAIL", "recordCount", 9_000_000, "accessType", "SYSTEM_OF_RECORD")));

        WebhookReceiver.Received event = receiver.await(1, r -> r.body().contains("\"vendorId\":" + vendorId + ","), WAIT).get(0);
        assertThat(event.header("Tollgate-Event")).isEqualTo("vendor.score_changed");
        assertSignedWith((String) hook.get("secret"), event);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) json.readValue(event.body(), Map.class).get("data");
        assertThat(data).containsKeys("previousScore", "score", "delta", "previousGrade", "grade", "reason", "vendorName");
        assertThat(new BigDecimal(data.get("delta").toString())).isNotEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void submittingAnAssessmentAndPublishingAnIncidentRaiseTheirEvents() throws Exception {
        WebhookReceiver receiver = receiver(WebhookReceiver.healthy());
        subscribe(webhook(receiver.url(), "assessment.submitted", "incident.published").create(admin()));
        Invitation invitation = Invitation.send(analyst());
        assertThat(invitation.answer("mfa", "NO", 0).status()).isEqualTo(200);
        assertThat(invitation.answer("sso", "YES", 0).status()).isEqualTo(200);

        Response submitted = invitation.portal().post("/api/v1/portal/assessment/submit", Map.of());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        Response fading = analyst().post("/api/v1/incidents", IncidentBodies.incident("FADING"));
        assertThat(fading.status()).as(fading.toString()).isEqualTo(201);
        Map<String, Object> activated = new java.util.LinkedHashMap<>(IncidentBodies.incident("ACTIVE"));
        activated.put("name", fading.map().get("name"));
        activated.put("slug", fading.map().get("slug"));
        activated.put("version", fading.map().get("version"));
        Response active = analyst().put("/api/v1/incidents/" + fading.map().get("id"), activated);
        assertThat(active.status()).as(active.toString()).isEqualTo(200);

        receiver.await(1, r -> "assessment.submitted".equals(r.header("Tollgate-Event"))
                && r.body().contains("\"assessmentId\":" + invitation.assessmentId() + ","), WAIT);
        List<WebhookReceiver.Received> published = receiver.await(1, r -> "incident.published".equals(r.header("Tollgate-Event"))
                && r.body().contains("\"incidentId\":" + fading.map().get("id") + ","), WAIT);
        assertThat(published).hasSize(1);
    }

    private void raiseScoreChange(String from, String fromGrade, String to, String toGrade) {
        tx.executeWrite(status -> {
            events.scoresChanged(List.of(new WebhookEvents.ScoreChange(1L, "Threshold test", new BigDecimal(from), fromGrade,
                    new BigDecimal(to), toGrade, "test")));
            return null;
        });
    }

    private WebhookReceiver receiver(WebhookReceiver receiver) {
        receivers.add(receiver);
        return receiver;
    }

    private Map<String, Object> subscribe(Map<String, Object> created) {
        subscriptions.add(((Number) created.get("id")).longValue());
        return created;
    }

    private List<Map<String, Object>> deliveries(Map<String, Object> hook) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) admin().get("/api/v1/webhooks/" + hook.get("id")
                + "/deliveries").map().get("items");
        return items;
    }

    private Map<String, Object> awaitDelivery(Map<String, Object> hook, java.util.function.Predicate<Map<String, Object>> which) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<Map<String, Object>> seen = List.of();
        while (System.nanoTime() < deadline) {
            seen = deliveries(hook);
            var match = seen.stream().filter(which).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            sleep(100);
        }
        throw new AssertionError("no matching delivery within " + WAIT + ": " + seen);
    }

    /** Checks the signature the way the API documents it to receivers, independently of the server's code. */
    static void assertSignedWith(String secret, WebhookReceiver.Received request) {
        Matcher m = SIGNATURE.matcher(request.header("Tollgate-Signature"));
        assertThat(m.matches()).as("signature header format: " + request.header("Tollgate-Signature")).isTrue();
        long t = Long.parseLong(m.group(1));
        assertThat(Math.abs(Instant.now().getEpochSecond() - t)).as("timestamp is now").isLessThan(60);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
            assertThat(m.group(2)).as("HMAC-SHA256 of t.body").isEqualTo(expected);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
