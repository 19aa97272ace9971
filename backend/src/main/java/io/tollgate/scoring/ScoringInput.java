package io.tollgate.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one score depends on, apart from the moment it is computed for.
 *
 * @param vendor    who the vendor is (for matching campaigns)
 * @param holdings  the personal data it holds; empty means none
 * @param exposure  how reachable that data is
 * @param controls  its answers to the control catalogue; every control that should count must be
 *                  present (send unanswered ones as {@link ControlStatus#UNKNOWN})
 * @param incidents the campaigns known to the platform; irrelevant ones are ignored
 */
public record ScoringInput(VendorProfile vendor,
                           List<Holding> holdings,
                           ExposureProfile exposure,
                           List<ControlAnswer> controls,
                           List<Incident> incidents) {

    public ScoringInput {
        Checks.notNull(vendor, "vendor");
        holdings = Checks.listOf(holdings, "holdings");
        Checks.notNull(exposure, "exposure");
        controls = Checks.listOf(controls, "controls");
        incidents = Checks.listOf(incidents, "incidents");
        Set<String> controlIds = new HashSet<>();
        for (ControlAnswer answer : controls) {
            if (!controlIds.add(answer.controlId())) {
                throw new IllegalArgumentException("control " + answer.controlId() + " is answered twice");
            }
        }
        Set<String> incidentIds = new HashSet<>();
        for (Incident incident : incidents) {
            if (!incidentIds.add(incident.id())) {
                throw new IllegalArgumentException("incident " + incident.id() + " is listed twice");
            }
        }
    }

    public ScoringInput withControls(List<ControlAnswer> newControls) {
        return new ScoringInput(vendor, holdings, exposure, newControls, incidents);
    }

    public ScoringInput withHoldings(List<Holding> newHoldings) {
        return new ScoringInput(vendor, newHoldings, exposure, controls, incidents);
    }

    public ScoringInput withExposure(ExposureProfile newExposure) {
        return new ScoringInput(vendor, holdings, newExposure, controls, incidents);
    }

    public ScoringInput withIncidents(List<Incident> newIncidents) {
        return new ScoringInput(vendor, holdings, exposure, controls, newIncidents);
    }
}
