package io.tollgate.risk;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.tollgate.control.ControlChanged;
import io.tollgate.control.VendorControlsChanged;
import io.tollgate.dataholding.DataHoldingsChanged;
import io.tollgate.incident.IncidentChanged;
import io.tollgate.incident.IncidentRepository;
import io.tollgate.scoring.RiskModel;
import io.tollgate.vendor.VendorChanged;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Turns changes of scoring inputs into re-score requests, in the transaction of the change: the change and its
 * request commit together or not at all, so no crash can leave a score stale. A request is a plain insert into
 * a table without unique keys, which takes no lock a scoring worker could hold; the workers' claims on
 * scoring_job (whose unique key once deadlocked enqueues made inside the user's transaction) never meet it.
 * Workers drain requests into jobs ({@link ScoringJobs#drainRequests}).
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
        jobs.request(event.vendorId(), "vendor details changed");
    }

    @EventListener
    void onDataHoldingsChanged(DataHoldingsChanged event) {
        jobs.request(event.vendorId(), "data holdings changed");
    }

    @EventListener
    void onVendorControlsChanged(VendorControlsChanged event) {
        jobs.request(event.vendorId(), event.reason());
    }

    /**
     * A custom control added or changed is one more answer (or another weight) for every vendor: each score can move.
     */
    @EventListener
    void onControlChanged(ControlChanged event) {
        jobs.requestAll("control " + event.controlCode() + " changed in the catalogue");
    }

    /**
     * An incident moves only the scores of the vendors it matches (RiskModel.match: its platforms, vendors running on
     * them, its vendor categories), before or after the change; only those are asked for, not the whole portfolio.
     */
    @EventListener
    void onIncidentChanged(IncidentChanged event) {
        String name = incidents.findById(event.incidentId()).map(i -> i.name()).orElse("#" + event.incidentId());
        jobs.requestScoped("incident " + name + " updated",
                new ScoringJobs.Scope(List.copyOf(event.platformIds()), List.copyOf(event.vendorCategories())));
    }

    /**
     * Scores every vendor that has none yet (first start, demo data, vendors created before scoring existed), and
     * re-scores the whole portfolio once when stored scores come from another model version: the history then names
     * the model change as the reason.
     */
    @EventListener
    void onStartup(ServerStartupEvent event) {
        try {
            long queued = jobs.enqueueUnscored("first score");
            if (queued > 0) {
                LOG.info("Queued {} vendors without a risk score", queued);
            }
            if (jobs.anyScoredByAnotherModel(RiskModel.MODEL_VERSION)) {
                jobs.enqueueAll("scoring model " + RiskModel.MODEL_VERSION);
                LOG.info("Queued a re-score of every vendor for scoring model {}", RiskModel.MODEL_VERSION);
            }
        } catch (RuntimeException e) {
            // Never keep the server from starting (e.g. while the database is down); vendors are scored on first read.
            LOG.warn("Could not queue vendors without a risk score: {}", e.toString());
        }
    }
}
