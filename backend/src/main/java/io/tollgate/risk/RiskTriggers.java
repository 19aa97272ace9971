package io.tollgate.risk;

import io.micronaut.runtime.event.annotation.EventListener;
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
 * Turns changes of scoring inputs into re-score jobs. Events are published synchronously inside the changing
 * transaction, so the job commits (or rolls back) with the change itself.
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

    @EventListener
    void onVendorChanged(VendorChanged event) {
        jobs.enqueue(event.vendorId(), "vendor details changed");
    }

    @EventListener
    void onDataHoldingsChanged(DataHoldingsChanged event) {
        jobs.enqueue(event.vendorId(), "data holdings changed");
    }

    @EventListener
    void onVendorControlsChanged(VendorControlsChanged event) {
        jobs.enqueue(event.vendorId(), event.reason());
    }

    /** An incident can touch any vendor (by category or platform), so the whole portfolio is queued. */
    @EventListener
    void onIncidentChanged(IncidentChanged event) {
        String name = incidents.findById(event.incidentId()).map(i -> i.name()).orElse("#" + event.incidentId());
        jobs.enqueueAll("incident " + name + " updated");
    }

    /** Scores every vendor that has none yet (first start, demo data, vendors created before scoring existed). */
    @EventListener
    void onStartup(ServerStartupEvent event) {
        long queued = jobs.enqueueUnscored("first score");
        if (queued > 0) {
            LOG.info("Queued {} vendors without a risk score", queued);
        }
    }
}
