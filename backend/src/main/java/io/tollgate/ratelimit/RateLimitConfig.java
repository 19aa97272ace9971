package io.tollgate.ratelimit;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

import java.time.Duration;

/**
 * One named limit under {@code tollgate.rate-limits.<name>}: at most {@code capacity} requests per
 * {@code period} for one subject, refilled smoothly (capacity 10 per minute: one more every 6 s).
 * A new feature adds its limit in application.yml and calls {@link RateLimiter#check} with that name.
 */
@EachProperty("tollgate.rate-limits")
public class RateLimitConfig {
    private final String name;
    private long capacity = 60;
    private Duration period = Duration.ofMinutes(1);
    private boolean enabled = true;
    private long localBatch = 0;

    public RateLimitConfig(@Parameter String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public long getCapacity() {
        return capacity;
    }

    public void setCapacity(long capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("tollgate.rate-limits." + name + ".capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    public Duration getPeriod() {
        return period;
    }

    public void setPeriod(Duration period) {
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("tollgate.rate-limits." + name + ".period must be positive");
        }
        this.period = period;
    }

    /**
     * 0 (default): every request is counted in MySQL at once, exact across instances. N > 0: an instance decides a
     * subject's requests from its own copy of the bucket and writes its count to MySQL in the background, once N
     * requests have accumulated and at least once a second, so the request path holds no bucket transaction. A
     * subject may then exceed its limit by about N requests per instance (what the other instances admitted since
     * this one last wrote).
     */
    public long getLocalBatch() {
        return localBatch;
    }

    public void setLocalBatch(long localBatch) {
        if (localBatch < 0) {
            throw new IllegalArgumentException("tollgate.rate-limits." + name + ".local-batch must not be negative");
        }
        this.localBatch = localBatch;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
