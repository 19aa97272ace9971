package io.tollgate.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.optimization.manual.ManuallySyncingOptimization;
import io.github.bucket4j.mysql.Bucket4jMySQL;
import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Token buckets kept in MySQL through bucket4j's MySQL proxy (one row per bucket, updated under
 * {@code SELECT ... FOR UPDATE}), so a limit holds across every instance behind the load balancer.
 * Usage: {@code rateLimiter.check(RateLimiter.LOGIN_PER_IP, clientIp)} throws {@link RateLimitedException}
 * (429 with Retry-After) when the subject is over its limit. Must not be called inside a transaction:
 * each check commits its own.
 */
@Singleton
public class RateLimiter {
    public static final String LOGIN_PER_IP = "login-per-ip";
    public static final String LOGIN_PER_USERNAME = "login-per-username";
    public static final String PORTAL_PER_TOKEN = "portal-per-token";
    public static final String API_PER_PRINCIPAL = "api-per-principal";

    private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);

    private final MySQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Map<String, RateLimitConfig> limits;
    private final Map<String, LocallyCountedBucket> locallyCounted = new ConcurrentHashMap<>();
    private static final int MAX_LOCALLY_COUNTED = 10_000;
    /** A subject's local count is written at least this often while it has requests to write. */
    private static final Duration MAX_UNWRITTEN_AGE = Duration.ofSeconds(1);
    /** A subject without requests for this long is written and forgotten, so the map holds active subjects only. */
    private static final Duration IDLE = Duration.ofMinutes(1);

    /** One subject's bucket as this instance counts it between writes; {@link #writeLocalCounts} writes it. */
    private record LocallyCountedBucket(BucketProxy bucket, long localBatch, AtomicLong lastUsedNanos) {
    }

    public RateLimiter(DataSource dataSource, List<RateLimitConfig> limits) {
        // The unwrapped pool: a bucket update commits on its own connection, never inside a caller's transaction.
        this.buckets = Bucket4jMySQL.selectForUpdateBasedBuilder(DelegatingDataSource.unwrapDataSource(dataSource))
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                // A full bucket is the same as no bucket: its row may go once it has refilled (RefilledBucketCleanup).
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        this.limits = limits.stream().collect(Collectors.toUnmodifiableMap(RateLimitConfig::getName, Function.identity()));
    }

    /** Takes one request from {@code subject}'s allowance under {@code limit}, or throws 429. */
    public void check(String limit, String subject) {
        RateLimitConfig config = limits.get(limit);
        if (config == null) {
            throw new IllegalArgumentException("No rate limit named '" + limit + "' under tollgate.rate-limits");
        }
        if (!config.isEnabled()) {
            return;
        }
        // The configuration is part of the key, so a changed limit takes effect at once instead of
        // applying to new subjects only (bucket4j keeps the configuration a bucket was created with).
        String key = bucketId(config, subject);
        Supplier<BucketConfiguration> bucket = () -> BucketConfiguration.builder()
                .addLimit(l -> l.capacity(config.getCapacity()).refillGreedy(config.getCapacity(), config.getPeriod()))
                .build();
        ConsumptionProbe probe;
        LocallyCountedBucket local = config.getLocalBatch() == 0 ? null : locallyCounted(key, config, bucket);
        if (local == null) {
            probe = buckets.getProxy(key, bucket).tryConsumeAndReturnRemaining(1);
        } else {
            local.lastUsedNanos().set(System.nanoTime());
            try {
                probe = local.bucket().tryConsumeAndReturnRemaining(1);
            } catch (RuntimeException e) {
                if (!bucketMissing(e)) {
                    throw e;
                }
                // A reused proxy can lose track of its row (seen after the database dropped its connections mid-batch):
                // it then fails with "bucket does not exist" instead of creating the row again. A fresh proxy does.
                locallyCounted.remove(key, local);
                probe = buckets.getProxy(key, bucket).tryConsumeAndReturnRemaining(1);
            }
        }
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /**
     * The subject's locally counted bucket, or null when this instance already counts {@link #MAX_LOCALLY_COUNTED}
     * subjects: a new one is then counted in MySQL at once, so memory stays bounded and no count is dropped.
     * <p>
     * bucket4j's manually synchronised proxy decides every request from its local copy of the bucket (refill
     * included) and touches MySQL only on a subject's first request on this instance; {@link #writeLocalCounts} writes the
     * counts in the background. bucket4j's delaying optimisation did the write on the request thread instead, and
     * made the subject's other requests wait in its batch behind it: one slow commit then held up every request of
     * that principal in flight (stalls of 90-380 ms in bench/read-stalls.sh), and in a database outage a request could wait
     * out one connection timeout behind another's and then its own.
     */
    private LocallyCountedBucket locallyCounted(String key, RateLimitConfig config, Supplier<BucketConfiguration> bucket) {
        LocallyCountedBucket local = locallyCounted.get(key);
        if (local != null || locallyCounted.size() >= MAX_LOCALLY_COUNTED) {
            return local;
        }
        return locallyCounted.computeIfAbsent(key, k -> new LocallyCountedBucket(
                buckets.builder().withOptimization(new ManuallySyncingOptimization()).build(k, bucket),
                config.getLocalBatch(), new AtomicLong(System.nanoTime())));
    }

    /**
     * Writes this instance's local counts to MySQL: a subject's as soon as it holds local-batch requests, and any
     * other within {@link #MAX_UNWRITTEN_AGE}. Runs on the scheduler, never on a request thread. A write that fails
     * (the database is away) loses its count, so the limit errs toward admitting, never toward refusing.
     */
    // Per instance on purpose: the counts written are this instance's own, held in its memory.
    @Scheduled(fixedDelay = "100ms", initialDelay = "100ms")
    void writeLocalCounts() {
        long now = System.nanoTime();
        for (Map.Entry<String, LocallyCountedBucket> entry : locallyCounted.entrySet()) {
            LocallyCountedBucket local = entry.getValue();
            boolean idle = now - local.lastUsedNanos().get() > IDLE.toNanos();
            if (idle) {
                // Forgotten first, then written: a request that still holds it is written with it or, at worst,
                // one or two requests of a subject idle for a minute go uncounted.
                locallyCounted.remove(entry.getKey(), local);
            }
            try {
                local.bucket().getOptimizationController().syncByCondition(idle ? 1 : local.localBatch(), Duration.ZERO);
                local.bucket().getOptimizationController().syncByCondition(1, MAX_UNWRITTEN_AGE);
            } catch (RuntimeException e) {
                LOG.debug("Could not write a rate-limit count: {}", e.getClass().getSimpleName());
            }
        }
    }

    private static boolean bucketMissing(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof BucketNotFoundException) {
                return true;
            }
        }
        return false;
    }

    /** The bucket's row id: the configuration is part of it, see {@link #check}. */
    static String bucketId(RateLimitConfig config, String subject) {
        return sha256(config.getName() + '|' + config.getCapacity() + '/' + config.getPeriod() + '|' + subject);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
