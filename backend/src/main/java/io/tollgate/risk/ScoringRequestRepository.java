package io.tollgate.risk;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Re-score requests. Writers only insert; workers lock a batch with SKIP LOCKED, turn it into jobs and delete it
 * in one transaction, so a request is queued exactly once even with several instances draining.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ScoringRequestRepository extends GenericRepository<ScoringRequest, Long> {

    @Query("INSERT INTO scoring_request (vendor_id, reason, created_at) VALUES (:vendorId, :reason, :now)")
    void request(long vendorId, String reason, Instant now);

    @Query("INSERT INTO scoring_request (vendor_id, reason, scope, created_at) VALUES (NULL, :reason, :scope, :now)")
    void requestScoped(String reason, String scope, Instant now);

    /** A request for every vendor (no vendor, no scope). */
    @Query("INSERT INTO scoring_request (vendor_id, reason, scope, created_at) VALUES (NULL, :reason, NULL, :now)")
    void requestAll(String reason, Instant now);

    @Query("SELECT * FROM scoring_request ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<ScoringRequest> lockOldest(int limit);

    /** Queues (or merges into the waiting job) one job per requested vendor that still exists. */
    @Query("""
            INSERT INTO scoring_job (vendor_id, pending_vendor_id, reason, refresh_explanation, not_before, attempts, created_at)
            SELECT v.id, v.id, r.reason, TRUE, :now, 0, :now FROM scoring_request r JOIN vendor v ON v.id = r.vendor_id
             WHERE r.id IN (:ids) ORDER BY r.id
            """ + ScoringJobRepository.COALESCE_REASON)
    int enqueueVendors(Collection<Long> ids, Instant now);

    @Query("DELETE FROM scoring_request WHERE id IN (:ids)")
    int delete(Collection<Long> ids);

    /** Requests not yet drained that concern these vendors (or all vendors). */
    @Query("SELECT COUNT(*) FROM scoring_request WHERE vendor_id IS NULL OR vendor_id IN (:vendorIds)")
    long countFor(Collection<Long> vendorIds);
}
