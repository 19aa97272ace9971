package io.tollgate.integration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ApiTokenRepository extends CrudRepository<ApiToken, Long> {

    Optional<ApiToken> findBySecretHash(String secretHash);

    /** {@code status} is ACTIVE, EXPIRED, REVOKED or null (all). */
    @Query(value = """
            SELECT * FROM api_token
             WHERE (:status IS NULL
                    OR (:status = 'REVOKED' AND revoked_at IS NOT NULL)
                    OR (:status = 'EXPIRED' AND revoked_at IS NULL AND expires_at <= :now)
                    OR (:status = 'ACTIVE' AND revoked_at IS NULL AND expires_at > :now))
             ORDER BY created_at DESC, id DESC""",
            countQuery = """
            SELECT COUNT(*) FROM api_token
             WHERE (:status IS NULL
                    OR (:status = 'REVOKED' AND revoked_at IS NOT NULL)
                    OR (:status = 'EXPIRED' AND revoked_at IS NULL AND expires_at <= :now)
                    OR (:status = 'ACTIVE' AND revoked_at IS NULL AND expires_at > :now))""")
    Page<ApiToken> search(@Nullable String status, Instant now, Pageable pageable);

    @Query("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
    int revoke(long id, Instant now);

    /**
     * Records a use unless one was recorded after {@code staleBefore}: the condition keeps concurrent requests on
     * several instances from all writing, and callers skip the statement entirely while the value they read is fresh.
     */
    @Query("UPDATE api_token SET last_used_at = :now WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :staleBefore)")
    int touch(long id, Instant now, Instant staleBefore);
}
