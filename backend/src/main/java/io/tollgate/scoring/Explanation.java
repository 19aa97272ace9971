package io.tollgate.scoring;

import java.util.List;
import java.util.Set;

/**
 * Why a vendor got its score.
 *
 * @param factors      the score as a waterfall of risk points: the contributions add up to the residual
 *                     risk (positive = less safe), and the score is 100 minus that sum
 * @param impact       the worst coherent breach of the data held, which sets the inherent impact
 * @param exposure     the base-likelihood terms, one per entry route
 * @param threats      the campaigns that touch this vendor, strongest first
 * @param gate         the blocking-control gate
 * @param controlCosts the controls that cost points, most first; their points add up to what all the
 *                     control shortfalls (including the gate) cost
 * @param whatIf       the score if the top 1, 2, ... missing controls of {@code controlCosts} were met
 */
public record Explanation(List<Factor> factors,
                          Impact impact,
                          List<ExposureTerm> exposure,
                          List<Threat> threats,
                          Gate gate,
                          List<ControlCost> controlCosts,
                          List<WhatIf> whatIf) {

    public Explanation {
        factors = List.copyOf(factors);
        exposure = List.copyOf(exposure);
        threats = List.copyOf(threats);
        controlCosts = List.copyOf(controlCosts);
        whatIf = List.copyOf(whatIf);
    }

    /** One step of the waterfall: the factor's value and the risk points it adds (or, if negative, removes). */
    public record Factor(String name, double value, double riskPoints) {
    }

    /**
     * The breach that sets the inherent impact: {@code recordCount} records carrying every category held
     * for at least that many people.
     */
    public record Impact(long recordCount,
                         Set<DataCategory> categories,
                         boolean vulnerableSubjects,
                         double dataSensitivity,
                         double volume,
                         double access,
                         double inherentImpact) {

        public Impact {
            categories = Set.copyOf(categories);
        }
    }

    /** One entry route's share of the base likelihood. */
    public record ExposureTerm(EntryRoute route, double degree, double likelihood) {
    }

    /**
     * One campaign's effect: strength = match x severity x route match x decay x status, and it adds
     * exactly that to the threat boost.
     */
    public record Threat(String incidentId,
                         String name,
                         ThreatMatch match,
                         double severity,
                         double routeMatch,
                         double decay,
                         double statusFactor,
                         double strength,
                         boolean gating) {
    }

    /**
     * The gate: while a campaign that abuses the vendor's platform is active, a missing control that
     * would have blocked it caps control effectiveness, whatever else is met.
     *
     * @param cap         the effectiveness cap (1 when nothing is gated)
     * @param binding     whether the cap is below the averaged effectiveness, i.e. actually costs points
     * @param controlIds  the gated controls holding the cap below 1
     * @param incidentIds the active campaigns that the gated controls would have blocked
     */
    public record Gate(double cap, boolean binding, List<String> controlIds, List<String> incidentIds) {

        public Gate {
            controlIds = List.copyOf(controlIds);
            incidentIds = List.copyOf(incidentIds);
        }
    }

    /**
     * What one control costs.
     *
     * @param weight         the base weight b
     * @param threatPressure 0..1, how strongly current campaigns press on this control; a gap counts
     *                       up to three times at 1
     * @param gated          whether it is one of the controls the gate caps on
     * @param pointsLost     score points lost to this control not being met and independently tested
     */
    public record ControlCost(String controlId,
                              ControlStatus status,
                              EvidenceQuality evidence,
                              int weight,
                              double threatPressure,
                              boolean gated,
                              double pointsLost) {
    }

    /** The score if {@code controlIds} were met (evidence at least documented). */
    public record WhatIf(List<String> controlIds, double score, Grade grade) {

        public WhatIf {
            controlIds = List.copyOf(controlIds);
        }
    }
}
