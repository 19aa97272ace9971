package io.tollgate.integration.webhook;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import io.tollgate.common.Values;
import io.tollgate.scheduler.RecurringJob;
import io.tollgate.scheduler.SchedulerSettings;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * Keeps the delivery log and the outbox from growing forever: deliveries that finished (DELIVERED or DEAD) longer
 * than {@code tollgate.webhooks.retention} ago (30 days) are deleted, then the events no delivery refers to any more.
 * Pending and failed deliveries, and their events, stay however old they are.
 * <p>
 * Deletes run in batches ({@code DELETE ... LIMIT 1000}), each its own short READ COMMITTED transaction, so no batch
 * holds many locks for long and none takes gap locks that would delay deliveries being queued. It runs every hour on
 * one instance (recurring task {@code webhook-retention}); should a revived run overlap, two at once only delete fewer
 * rows each (a row one has deleted the other no longer finds). A stop between batches leaves the rest for the next run.
 */
@Singleton
public class WebhookRetention implements RecurringJob {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookRetention.class);
    private static final TransactionDefinition BATCH = readCommitted();

    private final WebhookDeliveryRepository deliveries;
    private final EventOutboxRepository outbox;
    private final TransactionOperations<Connection> transactions;
    private final WebhookSettings settings;
    private final Clock clock;
    private final Duration interval;

    public WebhookRetention(WebhookDeliveryRepository deliveries, EventOutboxRepository outbox,
                            TransactionOperations<Connection> transactions, WebhookSettings settings, Clock clock,
                            SchedulerSettings scheduler) {
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.interval = scheduler.intervals().webhookRetention();
    }

    /** What one cleanup deleted, and whether it got to the end (false: it stopped for a shutdown). */
    public record Purged(long deliveries, long events, boolean finished) {
    }

    @Override
    public String name() {
        return "webhook-retention";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Outcome run(BooleanSupplier stopping) {
        Purged purged = purge(Values.now(clock).minus(settings.getRetention()), settings.getRetentionBatchSize(), stopping);
        if (purged.deliveries() > 0 || purged.events() > 0) {
            LOG.info("Webhook retention deleted {} deliveries and {} events older than {}", purged.deliveries(),
                    purged.events(), settings.getRetention());
        }
        return purged.finished() ? Outcome.FINISHED : Outcome.STOPPED;
    }

    /**
     * Deletes finished deliveries last changed before {@code cutoff}, then events before it left without deliveries;
     * stops between batches once {@code stopping} is true.
     */
    public Purged purge(Instant cutoff, int batchSize, BooleanSupplier stopping) {
        Batches deliveriesDeleted = inBatches(() -> deliveries.deleteFinishedBefore(cutoff, batchSize), batchSize, stopping);
        if (!deliveriesDeleted.finished()) {
            return new Purged(deliveriesDeleted.deleted(), 0, false);
        }
        Batches eventsDeleted = inBatches(() -> outbox.deleteUnreferencedBefore(cutoff, batchSize), batchSize, stopping);
        return new Purged(deliveriesDeleted.deleted(), eventsDeleted.deleted(), eventsDeleted.finished());
    }

    /** How many rows a run of batches deleted, and whether it ran until a batch came back short. */
    private record Batches(long deleted, boolean finished) {
    }

    private static TransactionDefinition readCommitted() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
        return definition;
    }

    private Batches inBatches(IntSupplier batch, int batchSize, BooleanSupplier stopping) {
        long total = 0;
        int deleted;
        do {
            if (stopping.getAsBoolean()) {
                return new Batches(total, false);
            }
            deleted = transactions.execute(BATCH, status -> batch.getAsInt());
            total += deleted;
        } while (deleted == batchSize);
        return new Batches(total, true);
    }
}
