package io.tollgate.security;

import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserRepository extends CrudRepository<User, Long> {
    Optional<User> findByUsername(String username);

    /**
     * What a token check needs, by the unique username index: two small columns, no password hash. A native-query
     * row, mapped as an entity so its mapping model is cached (see {@link io.tollgate.vendor.VendorLink}).
     */
    @MappedEntity
    record TokenState(boolean enabled, int tokenGeneration) {
    }

    @Query("SELECT enabled, token_generation FROM app_user WHERE username = :username")
    Optional<TokenState> findTokenStateByUsername(String username);

    /**
     * One more consecutive failure; from the {@code threshold}-th on, the account is locked for
     * {@code baseSeconds} doubled per further failure, at most {@code maxSeconds}. locked_until is assigned
     * first so it reads the count before the increment on both MySQL and MariaDB.
     */
    @Query("""
            UPDATE app_user SET
              locked_until = CASE WHEN failed_login_count + 1 >= :threshold
                  THEN DATE_ADD(:now, INTERVAL LEAST(:maxSeconds, :baseSeconds * POW(2, LEAST(failed_login_count + 1 - :threshold, 20))) SECOND)
                  ELSE locked_until END,
              failed_login_count = failed_login_count + 1
            WHERE id = :id""")
    void recordFailedLogin(long id, Instant now, int threshold, long baseSeconds, long maxSeconds);

    @Query("UPDATE app_user SET failed_login_count = 0, locked_until = NULL WHERE id = :id AND (failed_login_count > 0 OR locked_until IS NOT NULL)")
    void resetFailedLogins(long id);

    /** Every token issued to the user so far stops working. */
    @Query("UPDATE app_user SET token_generation = token_generation + 1 WHERE username = :username")
    void revokeTokens(String username);

}
