package io.tollgate.integration.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface WebhookSubscriptionRepository extends PageableRepository<WebhookSubscription, Long> {

    /** One subscription's event type. */
    @io.micronaut.core.annotation.Introspected
    record EventTypeRow(Long subscriptionId, String eventType) {
    }

    /** A subscription's stored secret. */
    @io.micronaut.core.annotation.Introspected
    record StoredSecret(Long id, String secret) {
    }

    @Query("SELECT id, secret FROM webhook_subscription WHERE secret NOT LIKE :pattern ORDER BY id")
    List<StoredSecret> findSecretsNotLike(String pattern);

    /** Replaces the stored secret only if it is still {@code current}; returns 1 if it did. */
    @Query("UPDATE webhook_subscription SET secret = :replacement WHERE id = :id AND secret = :current")
    int replaceSecret(long id, String current, String replacement);

    @Query("SELECT subscription_id, event_type FROM webhook_subscription_event WHERE subscription_id IN (:ids) ORDER BY event_type")
    List<EventTypeRow> findEventTypes(Collection<Long> ids);

    @Query("INSERT INTO webhook_subscription_event (subscription_id, event_type) VALUES (:subscriptionId, :eventType)")
    void insertEventType(long subscriptionId, String eventType);

    @Query("DELETE FROM webhook_subscription_event WHERE subscription_id = :subscriptionId")
    void deleteEventTypes(long subscriptionId);

    @Query("""
            UPDATE webhook_subscription SET url = :url, description = :description, min_score_delta = :minScoreDelta,
                   active = :active, updated_at = :updatedAt, version = version + 1
             WHERE id = :id AND version = :version""")
    int updateDetails(long id, long version, String url, @Nullable String description, BigDecimal minScoreDelta,
                      boolean active, Instant updatedAt);
}
