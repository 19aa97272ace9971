package io.tollgate.integration;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** Each statement runs in its own short transaction: a claim must be visible to a concurrent duplicate at once. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface IdempotencyRepository extends GenericRepository<IdempotencyRecord, Long> {

    /** Claims the key: 1 if this request inserted the row, 0 if a row for the key exists (the unique key wins races). */
    @Query("""
            INSERT IGNORE INTO idempotency_key (key_hash, request_hash, created_at, expires_at)
            VALUES (:keyHash, :requestHash, :now, :expiresAt)""")
    int claim(String keyHash, String requestHash, Instant now, Instant expiresAt);

    Optional<IdempotencyRecord> findByKeyHash(String keyHash);

    @Query("""
            UPDATE idempotency_key SET response_status = :status, response_headers = :headers, response_body = :body
             WHERE key_hash = :keyHash AND response_status IS NULL""")
    int complete(String keyHash, int status, String headers, byte[] body);

    /** Gives the key up after a failure (5xx), so the client's retry runs the request again. */
    @Query("DELETE FROM idempotency_key WHERE key_hash = :keyHash AND response_status IS NULL")
    int release(String keyHash);

    /** Removes the row only if it is still expired or abandoned, so a concurrent fresh claim survives. */
    @Query("""
            DELETE FROM idempotency_key
             WHERE id = :id AND (expires_at <= :now OR (response_status IS NULL AND created_at < :abandonedBefore))""")
    int deleteStale(long id, Instant now, Instant abandonedBefore);

    @Query("DELETE FROM idempotency_key WHERE expires_at <= :now LIMIT 10000")
    int purgeExpired(Instant now);
}
