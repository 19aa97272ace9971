package io.tollgate.ratelimit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class RefilledBucketCleanupTest extends IntegrationTest {
    @Inject
    RefilledBucketCleanup bucketCleanup;

    /**
     * A request holds its bucket's row (bucket4j's SELECT ... FOR UPDATE) and then moves the bucket's expiry, while
     * the cleanup removes refilled buckets. The request's bucket is the first row past the refilled ones in the
     * expiry index, where a cleanup that scans that index stops.
     */
    @Test
    void cleanupRemovesRefilledBucketsWithoutDeadlockingARequestOnAnActiveOne() throws Exception {
        Database.update("DELETE FROM rate_limit_bucket");
        long now = System.currentTimeMillis();
        Database.update("INSERT INTO rate_limit_bucket (id, state, expires_at) VALUES ('refilled-1', NULL, ?), ('refilled-2', NULL, ?), "
                + "('active', NULL, ?)", now - 60_000, now - 30_000, now + 5_000);

        try (Connection request = holding("active")) {
            CompletableFuture<Void> cleanup = CompletableFuture.runAsync(() -> bucketCleanup.run(() -> false));
            // Let the cleanup reach the locked row, or finish (as it should: it has no business with that row).
            for (int i = 0; i < 20 && !cleanup.isDone(); i++) {
                Thread.sleep(50);
            }
            moveExpiryAndCommit(request, "active", now + 60_000);
            cleanup.get(10, TimeUnit.SECONDS);
        }

        assertThat(Database.rows("SELECT id, expires_at FROM rate_limit_bucket"))
                .extracting(row -> row.get("id") + "@" + row.get("expires_at"))
                .containsExactly("active@" + (now + 60_000));
    }

    /** A request that takes a refilled bucket again while the cleanup is at it keeps its row (and its count). */
    @Test
    void aRefilledBucketTakenAgainDuringTheCleanupIsKept() throws Exception {
        Database.update("DELETE FROM rate_limit_bucket");
        long now = System.currentTimeMillis();
        Database.update("INSERT INTO rate_limit_bucket (id, state, expires_at) VALUES ('refilled', NULL, ?), ('taken-again', NULL, ?)",
                now - 60_000, now - 30_000);

        try (Connection request = holding("taken-again")) {
            CompletableFuture<Void> cleanup = CompletableFuture.runAsync(() -> bucketCleanup.run(() -> false));
            Thread.sleep(500);
            assertThat(cleanup).as("waits for the row the request holds").isNotDone();
            moveExpiryAndCommit(request, "taken-again", now + 60_000);
            cleanup.get(10, TimeUnit.SECONDS);
        }

        assertThat(Database.rows("SELECT id FROM rate_limit_bucket")).extracting(row -> row.get("id")).containsExactly("taken-again");
    }

    /** A connection whose open transaction holds the bucket's row, as bucket4j's request does before it updates. */
    private static Connection holding(String bucketId) throws Exception {
        Connection request = Database.connect();
        request.setAutoCommit(false);
        try (PreparedStatement s = request.prepareStatement("SELECT state FROM rate_limit_bucket WHERE id = ? FOR UPDATE")) {
            s.setString(1, bucketId);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
            }
        }
        return request;
    }

    private static void moveExpiryAndCommit(Connection request, String bucketId, long expiresAt) throws Exception {
        try (PreparedStatement s = request.prepareStatement("UPDATE rate_limit_bucket SET expires_at = ? WHERE id = ?")) {
            s.setLong(1, expiresAt);
            s.setString(2, bucketId);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        request.commit();
    }
}
