package io.tollgate.ratelimit;

import io.tollgate.common.DomainException;

import java.time.Duration;

/** A subject used up its allowance; mapped to 429 with Retry-After. */
public class RateLimitedException extends DomainException {
    private final long retryAfterSeconds;

    public RateLimitedException(Duration retryAfter) {
        super(429, "Too many requests. Wait " + seconds(retryAfter) + " s before trying again.");
        this.retryAfterSeconds = seconds(retryAfter);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Whole seconds, rounded up and at least 1: a client retrying after 0 s would only be refused again. */
    private static long seconds(Duration wait) {
        long s = (wait.toMillis() + 999) / 1000;
        return Math.max(1, Math.min(s, 86_400));
    }
}
