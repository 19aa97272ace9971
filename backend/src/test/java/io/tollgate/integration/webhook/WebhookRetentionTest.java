package io.tollgate.integration.webhook;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.tollgate.testsupport.WebhookBuilder.webhook;
import static org.assertj.core.api.Assertions.assertThat;

/** The retention cleanup of the delivery log and the outbox, on rows dated in the past directly in the database. */
@MicronautTest(transactional = false)
class WebhookRetentionTest extends IntegrationTest {
    private static final Duration RETENTION = Duration.ofDays(30);

    @Inject
    WebhookRetention retention;
    @Inject
    WebhookSettings settings;

    private long subscription;
    private final String eventType = "test.retention." + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void subscribe() {
        // Inactive: the dispatcher leaves its deliveries alone, so only the cleanup changes them.
        subscription = ((Number) webhook("http://127.0.0.1:9/hook").with("active", false).create(admin()).get("id")).longValue();
    }

    @AfterEach
    void cleanUp() throws SQLException {
        admin().delete("/api/v1/webhooks/" + subscription);
        Database.update("DELETE FROM event_outbox WHERE event_type = ?", eventType);
    }

    @Test
    void finishedDeliveriesAndTheirEventsOlderThanTheRetentionAreDeletedInBatches() throws Exception {
        long oldEvent = event(40);
        List<Long> oldFinished = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            oldFinished.add(delivery(oldEvent, "DELIVERED", 40));
        }
        oldFinished.add(delivery(oldEvent, "DEAD", 35));
        long stillRetrying = event(40);
        long failed = delivery(stillRetrying, "FAILED", 40);
        long pending = delivery(stillRetrying, "PENDING", 40);
        long recentEvent = event(10);
        long recentDelivered = delivery(recentEvent, "DELIVERED", 10);
        long oldWithoutDeliveries = event(45);
        long recentWithoutDeliveries = event(1);

        WebhookRetention.Purged purged = retention.purge(Instant.now().minus(RETENTION), 2, () -> false);

        assertThat(purged.deliveries()).isGreaterThanOrEqualTo(6);
        assertThat(purged.events()).isGreaterThanOrEqualTo(2);
        assertThat(deliveriesLeft()).containsExactlyInAnyOrder(failed, pending, recentDelivered);
        assertThat(eventsLeft()).containsExactlyInAnyOrder(stillRetrying, recentEvent, recentWithoutDeliveries)
                .doesNotContain(oldEvent, oldWithoutDeliveries);
        assertThat(oldFinished).doesNotContainAnyElementsOf(deliveriesLeft());
    }

    @Test
    void nothingYoungerThanTheRetentionIsTouched() throws Exception {
        long event = event(29);
        long delivered = delivery(event, "DELIVERED", 29);
        long dead = delivery(event, "DEAD", 29);

        retention.purge(Instant.now().minus(RETENTION), 1000, () -> false);

        assertThat(deliveriesLeft()).containsExactlyInAnyOrder(delivered, dead);
        assertThat(eventsLeft()).containsExactly(event);
    }

    @Test
    void instancesCleaningUpAtTheSameTimeBothFinishAndDeleteEachRowOnce() throws Exception {
        long event = event(60);
        for (int i = 0; i < 40; i++) {
            delivery(event, i % 2 == 0 ? "DELIVERED" : "DEAD", 60);
        }
        Instant cutoff = Instant.now().minus(RETENTION);

        CompletableFuture<WebhookRetention.Purged> first = CompletableFuture.supplyAsync(() -> retention.purge(cutoff, 3, () -> false));
        CompletableFuture<WebhookRetention.Purged> second = CompletableFuture.supplyAsync(() -> retention.purge(cutoff, 3, () -> false));
        WebhookRetention.Purged a = first.get(60, TimeUnit.SECONDS);
        WebhookRetention.Purged b = second.get(60, TimeUnit.SECONDS);

        assertThat(a.deliveries() + b.deliveries()).isGreaterThanOrEqualTo(40);
        assertThat(deliveriesLeft()).isEmpty();
        assertThat(eventsLeft()).isEmpty();
    }

    @Test
    void theRetentionDefaultsToThirtyDaysInBatchesOfAThousand() {
        assertThat(settings.getRetention()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.getRetentionBatchSize()).isEqualTo(1000);
    }

    /** An event raised {@code daysAgo} days ago; returns its id. */
    private long event(int daysAgo) throws SQLException {
        String uid = UUID.randomUUID().toString();
        Database.update("""
                INSERT INTO event_outbox (event_uid, event_type, payload, created_at)
                VALUES (?, ?, '{}', UTC_TIMESTAMP(6) - INTERVAL ? DAY)""", uid, eventType, daysAgo);
        return Long.parseLong(Database.column("SELECT id FROM event_outbox WHERE event_uid = ?", uid));
    }

    /** A delivery of {@code eventId} to this test's subscription, last changed {@code daysAgo} days ago. */
    private long delivery(long eventId, String status, int daysAgo) throws SQLException {
        Database.update("""
                INSERT INTO webhook_delivery (subscription_id, event_id, status, attempts, created_at, updated_at)
                VALUES (?, ?, ?, 1, UTC_TIMESTAMP(6) - INTERVAL ? DAY, UTC_TIMESTAMP(6) - INTERVAL ? DAY)""",
                subscription, eventId, status, daysAgo, daysAgo);
        return Long.parseLong(Database.column("SELECT MAX(id) FROM webhook_delivery WHERE subscription_id = ?", subscription));
    }

    private List<Long> deliveriesLeft() throws SQLException {
        return Database.rows("SELECT id FROM webhook_delivery WHERE subscription_id = ?", subscription).stream()
                .map(r -> ((Number) r.get("id")).longValue()).toList();
    }

    private List<Long> eventsLeft() throws SQLException {
        return Database.rows("SELECT id FROM event_outbox WHERE event_type = ?", eventType).stream()
                .map(r -> ((Number) r.get("id")).longValue()).toList();
    }
}
