package io.tollgate.ratelimit;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import io.tollgate.scheduler.RecurringJob;
import io.tollgate.scheduler.SchedulerSettings;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Drops the rows of rate-limit buckets that have refilled (a full bucket is the same as none), every five minutes on
 * one instance (recurring task {@code rate-limit-bucket-cleanup}).
 * <p>
 * Written here instead of bucket4j's {@code removeExpired}: its DELETE walks the expiry index and also locks the first
 * row past the expired ones, whose bucket a request may be holding FOR UPDATE while it moves that row's expiry. The two
 * deadlocked and the request got a 503 (RefilledBucketCleanupTest). Here the expired ids are read without locks and
 * each row is deleted by its primary key, only if it is still expired: the row first, as a request takes it, so a
 * request and the cleanup at most wait for each other.
 */
@Singleton
public class RefilledBucketCleanup implements RecurringJob {
    static final int BATCH = 1000;

    private final DataSource dataSource;
    private final Duration interval;

    public RefilledBucketCleanup(DataSource dataSource, SchedulerSettings settings) {
        // The unwrapped pool: each delete commits on its own (auto-commit), as the buckets' updates do.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.interval = settings.intervals().rateLimitBucketCleanup();
    }

    @Override
    public String name() {
        return "rate-limit-bucket-cleanup";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Outcome run(BooleanSupplier stopping) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement expired = c.prepareStatement("SELECT id FROM rate_limit_bucket WHERE expires_at < ? LIMIT ?");
             PreparedStatement delete = c.prepareStatement("DELETE FROM rate_limit_bucket WHERE id = ? AND expires_at < ?")) {
            c.setAutoCommit(true);
            int found;
            do {
                if (stopping.getAsBoolean()) {
                    return Outcome.STOPPED;
                }
                long now = System.currentTimeMillis();
                expired.setLong(1, now);
                expired.setInt(2, BATCH);
                found = 0;
                try (ResultSet r = expired.executeQuery()) {
                    while (r.next()) {
                        delete.setString(1, r.getString(1));
                        delete.setLong(2, now);
                        delete.addBatch();
                        found++;
                    }
                }
                if (found > 0) {
                    delete.executeBatch();
                }
            } while (found == BATCH);
            return Outcome.FINISHED;
        } catch (SQLException e) {
            throw new DataAccessException("Could not remove refilled rate-limit buckets: " + e.getClass().getSimpleName(), e);
        }
    }
}
