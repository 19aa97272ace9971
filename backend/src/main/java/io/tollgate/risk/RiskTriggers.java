package io.tollgate.risk;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.tollgate.control.VendorControlsChanged;
import io.tollgate.dataholding.DataHoldingsChanged;
import io.tollgate.incident.IncidentChanged;
import io.tollgate.incident.IncidentRepository;
import io.tollgate.vendor.VendorChanged;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns changes of scoring inputs into re-score jobs, once the change has committed. Enqueueing inside the
 * user's transaction was tried first: the job table's unique key and the workers' claims then deadlocked now
 * and again, and a deadlock rolls back the user's change with it. After commit, a failed enqueue is retried
 * and can only delay a score, never lose the user's change. (A crash in between leaves that vendor's score
 * stale until its next change.)
 */
@Singleton
public class RiskTriggers {
    private static final Logger LOG = LoggerFactory.getLogger(RiskTriggers.class);

    private final ScoringJobs jobs;
    private final IncidentRepository incidents;

    public RiskTriggers(ScoringJobs jobs, IncidentRepository incidents) {
        this.jobs = jobs;
        this.incidents = incidents;
    }

    @TransactionalEventListener
    void onVendorChanged(VendorChanged event) {
        withRetry(() -> jobs.enqueue(event.vendorId(), "vendor details changed"));
    }

    @TransactionalEventListener
    void onDataHoldingsChanged(DataHoldingsChanged event) {
        withRetry(() -> jobs.enqueue(event.vendorId(), "data holdings changed"));
    }

    @TransactionalEventListener
    void onVendorControlsChanged(VendorControlsChanged event) {
        withRetry(() -> jobs.enqueue(event.vendorId(), event.reason()));
    }

    /** An incident can touch any vendor (by category or platform), so the whole portfolio is queued. */
    @TransactionalEventListener
    void onIncidentChanged(IncidentChanged event) {
        String name = incidents.findById(event.incidentId()).map(i -> i.name()).orElse("#" + event.incidentId());
        withRetry(() -> jobs.enqueueAll("incident " + name + " updated"));
    }

    private static void withRetry(Runnable enqueue) {
        for (int attempt = 1; ; attempt++) {
            try {
                enqueue.run();
                return;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    LOG.error("Could not queue a re-score after {} attempts", attempt, e);
                    return;
                }
                LOG.debug("Queueing a re-score failed (attempt {}), retrying: {}", attempt, e.toString());
            }
        }
    }

    /** Scores every vendor that has none yet (first start, demo data, vendors created before scoring existed). */
    @EventListener
    void onStartup(ServerStartupEvent event) {
        try {
            long queued = jobs.enqueueUnscored("first score");
            if (queued > 0) {
                LOG.info("Queued {} vendors without a risk score", queued);
            }
        } catch (RuntimeException e) {
            // Never keep the server from starting (e.g. while the database is down); vendors are scored on first read.
            LOG.warn("Could not queue vendors without a risk score: {}", e.toString());
        }
    }
}
