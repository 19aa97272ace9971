package io.tollgate.integration.webhook;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import io.tollgate.common.Values;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.function.IntSupplier;

/**
 * Keeps the delivery log and the outbox from growing forever: deliveries that finished (DELIVERED or DEAD) longer
 * than {@code tollgate.webhooks.retention} ago (30 days) are deleted, then the events no delivery refers to any more.
 * Pending and failed deliveries, and their events, stay however old they are.
 * <p>
 * Deletes run in batches ({@code DELETE ... LIMIT 1000}), each its own short READ COMMITTED transaction, so no batch
 * holds many locks for long and none takes gap locks that would delay deliveries being queued. Every instance runs
 * this; two at once only delete fewer rows each (a row one has deleted the other no longer finds), so no leader or
 * lock is needed.
 */
@Singleton
public class WebhookRetention {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookRetention.class);
    private static final TransactionDefinition BATCH = readCommitted();

    private final WebhookDeliveryRepository deliveries;
    private final EventOutboxRepository outbox;
    private final TransactionOperations<Connection> transactions;
    private final WebhookSettings settings;
    private final Clock clock;

    public WebhookRetention(WebhookDeliveryRepository deliveries, EventOutboxRepository outbox,
                            TransactionOperations<Connection> transactions, WebhookSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** What one cleanup deleted. */
    public record Purged(long deliveries, long events) {
    }

    @Scheduled(fixedDelay = "${tollgate.webhooks.retention-interval:1h}",
            initialDelay = "${tollgate.webhooks.retention-initial-delay:10m}")
    void purgeExpired() {
        try {
            Purged purged = purge(Values.now(clock).minus(settings.getRetention()), settings.getRetentionBatchSize());
            if (purged.deliveries() > 0 || purged.events() > 0) {
                LOG.info("Webhook retention deleted {} deliveries and {} events older than {}", purged.deliveries(),
                        purged.events(), settings.getRetention());
            }
        } catch (RuntimeException e) {
            // The database may be down, or a batch lost a lock wait; the next run carries on where this one stopped.
            LOG.warn("Webhook retention stopped this round: {}", e.toString());
        }
    }

    /** Deletes finished deliveries last changed before {@code cutoff}, then events before it left without deliveries. */
    public Purged purge(Instant cutoff, int batchSize) {
        long deletedDeliveries = inBatches(() -> deliveries.deleteFinishedBefore(cutoff, batchSize), batchSize);
        long deletedEvents = inBatches(() -> outbox.deleteUnreferencedBefore(cutoff, batchSize), batchSize);
        return new Purged(deletedDeliveries, deletedEvents);
    }

    private static TransactionDefinition readCommitted() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
        return definition;
    }

    private long inBatches(IntSupplier batch, int batchSize) {
        long total = 0;
        int deleted;
        do {
            deleted = transactions.execute(BATCH, status -> batch.getAsInt());
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }
}
