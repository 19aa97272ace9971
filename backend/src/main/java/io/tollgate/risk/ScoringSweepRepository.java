package io.tollgate.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The sweep table (V38); claims are in {@link ScoringJobs#claimSweep}. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ScoringSweepRepository extends GenericRepository<ScoringSweep, Long> {

    /**
     * Merges a request into a sweep of the same range and scope that has not started yet, so a burst of edits to one
     * incident costs one pass over its vendors. A sweep being worked on is left alone (its first chunk may already
     * have read the old inputs); a worker's claim holds the row until it commits, after which this sees it leased.
     */
    @Query("""
            UPDATE scoring_sweep SET reason = IF(LOCATE(:reason, reason) > 0 OR CHAR_LENGTH(reason) + CHAR_LENGTH(:reason) > 480,
                   reason, CONCAT(reason, '; ', :reason))
             WHERE after_vendor_id = :afterId AND up_to_vendor_id = :upToId AND scope <=> :scope AND locked_by IS NULL""")
    int merge(long afterId, long upToId, @Nullable String scope, String reason);

    @Query("""
            INSERT INTO scoring_sweep (after_vendor_id, up_to_vendor_id, scope, reason, not_before, created_at)
            VALUES (:afterId, :upToId, :scope, :reason, :now, :now)""")
    void insert(long afterId, long upToId, @Nullable String scope, String reason, Instant now);

    @Query("UPDATE scoring_sweep SET locked_by = :worker, locked_until = :until WHERE id = :id")
    void lease(long id, String worker, Instant until);

    /** Moves the cursor past a committed chunk and renews the lease; 0 when the lease was lost to another worker. */
    @Query("""
            UPDATE scoring_sweep SET after_vendor_id = :afterId, locked_until = :until
             WHERE id = :id AND locked_by = :worker""")
    int advance(long id, String worker, long afterId, Instant until);

    /** Removes a finished sweep; 0 when the lease was lost to another worker. */
    @Query("DELETE FROM scoring_sweep WHERE id = :id AND locked_by = :worker")
    int complete(long id, String worker);

    /** Gives a sweep back for a later retry, where its cursor stands. */
    @Query("UPDATE scoring_sweep SET locked_by = NULL, locked_until = NULL, not_before = :retryAt WHERE id = :id AND locked_by = :worker")
    int release(long id, String worker, Instant retryAt);

    /** As {@link ScoringJobRepository#releaseHeldBy}: what a stopping instance's claimers hold. */
    @Query("""
            UPDATE scoring_sweep SET locked_by = NULL, locked_until = NULL
             WHERE locked_by = :worker OR locked_by LIKE CONCAT(:worker, '-%')""")
    int releaseHeldBy(String worker);

    /** The next {@code limit} vendors of a sweep over every vendor. */
    @Query("SELECT id FROM vendor WHERE id > :afterId AND id <= :upToId ORDER BY id LIMIT :limit")
    List<Long> vendorsAfter(long afterId, long upToId, int limit);

    /**
     * The next {@code limit} vendors an incident can touch: of one of the categories, one of the platforms, or
     * running on one of them (the model's sector and platform matches). Empty lists must be passed as a value no
     * row has (an empty IN list is not SQL).
     */
    @Query("""
            SELECT v.id FROM vendor v
             WHERE v.id > :afterId AND v.id <= :upToId
               AND (v.category IN (:categories) OR v.id IN (:platformIds)
                    OR EXISTS (SELECT 1 FROM vendor_platform p WHERE p.vendor_id = v.id AND p.platform_id IN (:platformIds)))
             ORDER BY v.id LIMIT :limit""")
    List<Long> scopedVendorsAfter(long afterId, long upToId, Collection<String> categories, Collection<Long> platformIds,
                                  int limit);
}
