package io.tollgate.integration.webhook;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The delivery table: the log the API reads and the queue the dispatchers claim from. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface WebhookDeliveryRepository extends GenericRepository<WebhookDelivery, Long> {

    /** A delivery with its event and where it goes. */
    @Introspected
    record Row(Long id, Long subscriptionId, Long eventId, String eventUid, String eventType, String payload,
               String status, int attempts, @Nullable Instant nextAttemptAt, @Nullable Integer lastStatusCode,
               @Nullable String lastError, @Nullable String lockedBy, Instant createdAt, Instant updatedAt,
               @Nullable Instant deliveredAt, String url, String secret) {
    }

    String SELECT_ROW = """
            SELECT d.id, d.subscription_id, d.event_id, o.event_uid, o.event_type, o.payload, d.status, d.attempts,
                   d.next_attempt_at, d.last_status_code, d.last_error, d.locked_by, d.created_at, d.updated_at,
                   d.delivered_at, s.url, s.secret
              FROM webhook_delivery d
              JOIN event_outbox o ON o.id = d.event_id
              JOIN webhook_subscription s ON s.id = d.subscription_id
            """;

    @Query(SELECT_ROW + " WHERE d.id IN (:ids) ORDER BY d.id")
    List<Row> findByIds(Collection<Long> ids);

    @Query(SELECT_ROW + " WHERE d.id = :id AND d.subscription_id = :subscriptionId")
    Optional<Row> findOne(long subscriptionId, long id);

    @Query(SELECT_ROW + " WHERE d.subscription_id = :subscriptionId AND d.event_id = :eventId")
    Optional<Row> findByEvent(long subscriptionId, long eventId);

    @Query(SELECT_ROW + """
             WHERE d.subscription_id = :subscriptionId AND (:status IS NULL OR d.status = :status)
             ORDER BY d.id DESC LIMIT :limit OFFSET :offset""")
    List<Row> findLog(long subscriptionId, @Nullable String status, int limit, long offset);

    @Query("SELECT COUNT(*) FROM webhook_delivery WHERE subscription_id = :subscriptionId AND (:status IS NULL OR status = :status)")
    long countLog(long subscriptionId, @Nullable String status);

    /** Due, unleased deliveries of active subscriptions; rows another dispatcher has locked are skipped. */
    @Query("""
            SELECT d.id FROM webhook_delivery d
             WHERE d.status IN ('PENDING', 'FAILED') AND d.next_attempt_at <= :now
               AND (d.locked_until IS NULL OR d.locked_until < :now)
               AND EXISTS (SELECT 1 FROM webhook_subscription s WHERE s.id = d.subscription_id AND s.active = TRUE)
             ORDER BY d.next_attempt_at, d.id LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<Long> lockDue(Instant now, int limit);

    @Query("""
            UPDATE webhook_delivery SET locked_by = :worker, locked_until = :until, attempts = attempts + 1, updated_at = :now
             WHERE id IN (:ids)""")
    void lease(Collection<Long> ids, String worker, Instant until, Instant now);

    @Query("""
            UPDATE webhook_delivery SET status = 'DELIVERED', last_status_code = :statusCode, last_error = NULL,
                   next_attempt_at = NULL, locked_by = NULL, locked_until = NULL, delivered_at = :now, updated_at = :now
             WHERE id = :id AND locked_by = :worker""")
    int markDelivered(long id, String worker, int statusCode, Instant now);

    /** Records a failed attempt: FAILED with the next try, or DEAD when {@code nextAttemptAt} is null. */
    @Query("""
            UPDATE webhook_delivery SET status = :status, last_status_code = :statusCode, last_error = :error,
                   next_attempt_at = :nextAttemptAt, locked_by = NULL, locked_until = NULL, updated_at = :now
             WHERE id = :id AND locked_by = :worker""")
    int markFailed(long id, String worker, String status, @Nullable Integer statusCode, String error,
                   @Nullable Instant nextAttemptAt, Instant now);

    /** Queues a delivery again with a fresh set of attempts (redeliver), unless a dispatcher holds it right now. */
    @Query("""
            UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = :now, locked_by = NULL,
                   locked_until = NULL, updated_at = :now
             WHERE id = :id AND subscription_id = :subscriptionId AND (locked_until IS NULL OR locked_until < :now)""")
    int requeue(long subscriptionId, long id, Instant now);

    /**
     * Deletes up to {@code limit} finished deliveries (DELIVERED or DEAD) last changed before {@code cutoff}, oldest
     * first along ix_webhook_delivery_updated (migration V26). Pending and failed ones are never removed.
     */
    @Query("""
            DELETE FROM webhook_delivery
             WHERE updated_at < :cutoff AND status IN ('DELIVERED', 'DEAD')
             ORDER BY updated_at, id LIMIT :limit""")
    int deleteFinishedBefore(Instant cutoff, int limit);
}
