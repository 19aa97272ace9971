package io.tollgate.integration.webhook;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface EventOutboxRepository extends GenericRepository<EventOutboxEntry, Long> {

    EventOutboxEntry save(EventOutboxEntry entry);

    /** Queues the event for every active subscription to its type (score changes go by {@link #receivers}). */
    @Query("""
            INSERT INTO webhook_delivery (subscription_id, event_id, status, attempts, next_attempt_at, created_at, updated_at)
            SELECT s.id, :eventId, 'PENDING', 0, :now, :now, :now
              FROM webhook_subscription s
              JOIN webhook_subscription_event e ON e.subscription_id = s.id AND e.event_type = :eventType
             WHERE s.active = TRUE""")
    int fanOut(long eventId, String eventType, Instant now);

    /** An active subscription to an event type, with its score threshold. */
    @io.micronaut.core.annotation.Introspected
    record Receiver(long subscriptionId, BigDecimal minScoreDelta) {
    }

    /** The subscriptions {@link #fanOut} would queue for, in id order, with their score thresholds. */
    @Query("""
            SELECT s.id AS subscription_id, s.min_score_delta
              FROM webhook_subscription s
              JOIN webhook_subscription_event e ON e.subscription_id = s.id AND e.event_type = :eventType
             WHERE s.active = TRUE ORDER BY s.id""")
    List<Receiver> receivers(String eventType);

    @Query("""
            INSERT INTO webhook_delivery (subscription_id, event_id, status, attempts, next_attempt_at, created_at, updated_at)
            VALUES (:subscriptionId, :eventId, 'PENDING', 0, :now, :now, :now)""")
    void queueFor(long subscriptionId, long eventId, Instant now);

    /** Deletes up to {@code limit} events raised before {@code cutoff} that no delivery refers to any more. */
    @Query("""
            DELETE FROM event_outbox
             WHERE created_at < :cutoff
               AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = event_outbox.id)
             ORDER BY created_at, id LIMIT :limit""")
    int deleteUnreferencedBefore(Instant cutoff, int limit);
}
