package io.tollgate.risk;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The job table. Enqueueing coalesces: while a vendor has a waiting job, another enqueue only appends its
 * reason (the unique key on pending_vendor_id). Enqueues read the vendor table, so a vendor deleted in the same
 * transaction simply gets no job.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ScoringJobRepository extends GenericRepository<ScoringJob, Long> {

    String COALESCE_REASON = """
            ON DUPLICATE KEY UPDATE
                   scoring_job.refresh_explanation = scoring_job.refresh_explanation OR VALUES(refresh_explanation),
                   scoring_job.reason = IF(LOCATE(VALUES(reason), scoring_job.reason) > 0
                   OR CHAR_LENGTH(scoring_job.reason) + CHAR_LENGTH(VALUES(reason)) > 480,
                   scoring_job.reason, CONCAT(scoring_job.reason, '; ', VALUES(reason)))""";

    @Query("""
            INSERT INTO scoring_job (vendor_id, pending_vendor_id, reason, refresh_explanation, not_before, attempts, created_at)
            SELECT v.id, v.id, :reason, TRUE, :notBefore, 0, :now FROM vendor v WHERE v.id = :vendorId
            """ + COALESCE_REASON)
    int enqueue(long vendorId, String reason, Instant notBefore, Instant now);

    /**
     * Queues these vendors again (or merges into their waiting jobs) without asking for a new explanation: the
     * vendors of a sweep's chunk that were locked elsewhere, or whose chunk failed and is retried vendor by vendor.
     */
    @Query("""
            INSERT INTO scoring_job (vendor_id, pending_vendor_id, reason, refresh_explanation, not_before, attempts, created_at)
            SELECT v.id, v.id, :reason, FALSE, :notBefore, 0, :now FROM vendor v WHERE v.id IN (:vendorIds) ORDER BY v.id
            """ + COALESCE_REASON)
    int enqueueEach(Collection<Long> vendorIds, String reason, Instant notBefore, Instant now);

    /** Enqueues the vendors with an id in (afterId, upToId] that have no score yet. */
    @Query("""
            INSERT INTO scoring_job (vendor_id, pending_vendor_id, reason, refresh_explanation, not_before, attempts, created_at)
            SELECT v.id, v.id, :reason, TRUE, :notBefore, 0, :now FROM vendor v
              LEFT JOIN vendor_risk_score s ON s.vendor_id = v.id
             WHERE s.vendor_id IS NULL AND v.id > :afterId AND v.id <= :upToId
            """ + COALESCE_REASON)
    int enqueueUnscoredRange(long afterId, long upToId, String reason, Instant notBefore, Instant now);

    @Query("SELECT COALESCE(MAX(id), 0) FROM vendor")
    long maxVendorId();

    /** Takes a lease; the job stops being the vendor's waiting job, so new changes queue a fresh one. */
    @Query("""
            UPDATE scoring_job SET locked_by = :worker, locked_until = :until, attempts = attempts + 1,
                   pending_vendor_id = NULL
             WHERE id IN (:ids)""")
    void lease(Collection<Long> ids, String worker, Instant until);

    @Query("DELETE FROM scoring_job WHERE id = :id AND locked_by = :worker")
    int complete(long id, String worker);

    /** Gives a failed job back for a later retry. */
    @Query("UPDATE scoring_job SET locked_by = NULL, locked_until = NULL, not_before = :retryAt WHERE id = :id AND locked_by = :worker")
    int release(long id, String worker, Instant retryAt);

    @Query("DELETE FROM scoring_job WHERE id = :id")
    void delete(long id);

    @Query("DELETE FROM scoring_job WHERE id IN (:ids) AND locked_by = :worker")
    int completeAll(Collection<Long> ids, String worker);

    /**
     * Gives back jobs whose vendor was locked by someone else (a user's change, another worker): retried soon,
     * without counting the attempt.
     */
    @Query("""
            UPDATE scoring_job SET locked_by = NULL, locked_until = NULL, not_before = :retryAt,
                   attempts = GREATEST(attempts - 1, 0)
             WHERE id IN (:ids) AND locked_by = :worker""")
    int releaseSkipped(Collection<Long> ids, String worker, Instant retryAt);

    /**
     * Gives back every job an instance's claimers still hold ({@code worker} and its {@code worker-N} claimers) when
     * the instance stops, so they are claimed again at once instead of after the lease runs out. The attempt is not
     * counted: the job did not fail.
     */
    @Query("""
            UPDATE scoring_job SET locked_by = NULL, locked_until = NULL, attempts = GREATEST(attempts - 1, 0)
             WHERE locked_by = :worker OR locked_by LIKE CONCAT(:worker, '-%')""")
    int releaseHeldBy(String worker);

    /** Jobs, and sweeps whose remaining range holds one of these vendors, still to score them. */
    @Query("""
            SELECT (SELECT COUNT(*) FROM scoring_job WHERE vendor_id IN (:vendorIds))
                 + (SELECT COUNT(*) FROM scoring_sweep s JOIN vendor v ON v.id > s.after_vendor_id AND v.id <= s.up_to_vendor_id
                     WHERE v.id IN (:vendorIds))""")
    long countFor(Collection<Long> vendorIds);

    @Query("SELECT EXISTS (SELECT 1 FROM vendor_risk_score WHERE model_version <> :modelVersion)")
    boolean anyScoredByAnotherModel(String modelVersion);
}
