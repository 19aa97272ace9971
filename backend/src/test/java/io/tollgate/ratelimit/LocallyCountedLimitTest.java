package io.tollgate.ratelimit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A limit with a local batch: each instance decides from its own copy of the bucket and writes its count to MySQL in
 * the background. Two {@link RateLimiter}s on one database stand for two Tollgate instances; the test calls
 * {@link RateLimiter#writeLocalCounts} where the scheduler would.
 */
@MicronautTest(transactional = false)
class LocallyCountedLimitTest extends IntegrationTest {
    private static final String LIMIT = "locally-counted";

    @Inject
    DataSource dataSource;

    private RateLimiter instance(RateLimitConfig config) {
        return new RateLimiter(dataSource, List.of(config));
    }

    private static RateLimitConfig config(long capacity, long localBatch) {
        RateLimitConfig config = new RateLimitConfig(LIMIT);
        config.setCapacity(capacity);
        // One token per 144 s at capacity 25: no whole token refills while a test runs.
        config.setPeriod(Duration.ofHours(1));
        config.setLocalBatch(localBatch);
        return config;
    }

    private static int admitted(RateLimiter limiter, String subject, int attempts) {
        int admitted = 0;
        for (int i = 0; i < attempts; i++) {
            try {
                limiter.check(LIMIT, subject);
                admitted++;
            } catch (RateLimitedException e) {
                // counted as refused
            }
        }
        return admitted;
    }

    @Test
    void oneInstanceAdmitsExactlyTheCapacityThenRefusesWithRetryAfter() {
        RateLimiter limiter = instance(config(25, 10));
        String subject = UUID.randomUUID().toString();

        assertThat(admitted(limiter, subject, 25)).isEqualTo(25);
        assertThatThrownBy(() -> limiter.check(LIMIT, subject)).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfterSeconds()).isPositive());
    }

    @Test
    void aSecondInstanceSeesTheCountTheFirstHasWritten() {
        RateLimitConfig config = config(25, 10);
        RateLimiter first = instance(config);
        String subject = UUID.randomUUID().toString();
        assertThat(admitted(first, subject, 15)).isEqualTo(15);
        first.writeLocalCounts();

        assertThat(admitted(instance(config), subject, 20)).as("what is left of 25 after the first instance's 15").isEqualTo(10);
    }

    @Test
    void aCountBelowTheLocalBatchIsWrittenWithinASecond() throws Exception {
        RateLimitConfig config = config(25, 100);
        RateLimiter first = instance(config);
        String subject = UUID.randomUUID().toString();
        assertThat(admitted(first, subject, 3)).isEqualTo(3);

        Thread.sleep(1100);
        first.writeLocalCounts();

        assertThat(admitted(instance(config(25, 0)), subject, 25)).as("what is left of 25 after the first instance's 3")
                .isEqualTo(22);
    }

    /**
     * The write waits for the bucket's row (a slow commit, a lock held elsewhere); the subject's requests meanwhile
     * are decided without waiting for it. Under bucket4j's delaying optimisation they queued behind the write.
     */
    @Test
    void requestsAreNotHeldUpWhileTheirCountIsBeingWritten() throws Exception {
        RateLimitConfig config = config(25, 1);
        RateLimiter limiter = instance(config);
        String subject = UUID.randomUUID().toString();
        assertThat(admitted(limiter, subject, 2)).as("the first creates the row, the second is counted locally").isEqualTo(2);

        CompletableFuture<Void> write;
        try (Connection other = Database.connect()) {
            other.setAutoCommit(false);
            try (PreparedStatement s = other.prepareStatement("SELECT state FROM rate_limit_bucket WHERE id = ? FOR UPDATE")) {
                s.setString(1, RateLimiter.bucketId(config, subject));
                try (ResultSet r = s.executeQuery()) {
                    assertThat(r.next()).isTrue();
                }
            }
            write = CompletableFuture.runAsync(limiter::writeLocalCounts);
            Thread.sleep(300);
            assertThat(write).as("the write waits for the row").isNotDone();

            CompletableFuture<Integer> requests = CompletableFuture.supplyAsync(() -> admitted(limiter, subject, 5));
            assertThat(requests.get(10, TimeUnit.SECONDS)).isEqualTo(5);
            assertThat(write).as("still waiting: the requests did not wait for it").isNotDone();
            other.rollback();
        }
        write.get(30, TimeUnit.SECONDS);
        limiter.writeLocalCounts();

        assertThat(admitted(instance(config), subject, 25)).as("25 - 2 - 5").isEqualTo(18);
    }
}
