package io.tollgate.integration.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.tollgate.common.Values;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Claims and settles deliveries, in the style of {@code io.tollgate.risk.ScoringJobs}: SELECT ... FOR UPDATE SKIP
 * LOCKED plus a lease committed before anything is sent, so several instances can dispatch from the same table and
 * a crashed dispatcher's deliveries are picked up again once its lease runs out.
 */
@Singleton
public class WebhookDeliveries {
    private final WebhookDeliveryRepository deliveries;
    private final WebhookSettings settings;
    private final Clock clock;

    public WebhookDeliveries(WebhookDeliveryRepository deliveries, WebhookSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.settings = settings;
        this.clock = clock;
    }

    /** The lease outlasts a whole batch sent one after the other, each bounded by the timeouts. */
    Duration lease() {
        return settings.getTimeout().multipliedBy(2L * settings.getBatchSize()).plusMinutes(1);
    }

    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public List<WebhookDeliveryRepository.Row> claim(String worker, int limit) {
        Instant now = Values.now(clock);
        List<Long> ids = deliveries.lockDue(now, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        deliveries.lease(ids, worker, now.plus(lease()), now);
        return deliveries.findByIds(ids);
    }

    @Transactional
    public void delivered(WebhookDeliveryRepository.Row delivery, String worker, int statusCode) {
        deliveries.markDelivered(delivery.id(), worker, statusCode, Values.now(clock));
    }

    /** A failed attempt: retried after a backoff, or DEAD once the attempts are used up. */
    @Transactional
    public void failed(WebhookDeliveryRepository.Row delivery, String worker, @Nullable Integer statusCode, String error) {
        Instant now = Values.now(clock);
        boolean dead = delivery.attempts() >= settings.getMaxAttempts();
        deliveries.markFailed(delivery.id(), worker, dead ? "DEAD" : "FAILED", statusCode, bounded(error),
                dead ? null : now.plus(backoff(delivery.attempts(), settings.getRetryBase(), settings.getRetryMax())), now);
    }

    /**
     * Exponential backoff with "equal jitter": after attempt n the wait is between half and all of
     * min(max, base * 2^(n-1)), so receivers coming back up are not hit by every retry at once.
     */
    static Duration backoff(int attempt, Duration base, Duration max) {
        long ceiling = base.toMillis() << Math.min(Math.max(attempt - 1, 0), 30);
        long capped = Math.min(ceiling <= 0 ? Long.MAX_VALUE : ceiling, max.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
    }

    private static String bounded(String error) {
        String oneLine = error.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 500 ? oneLine : oneLine.substring(0, 497) + "...";
    }
}
