package io.tollgate.scoring;

import java.util.List;
import java.util.Set;

/**
 * Why a vendor got its score.
 *
 * @param confidence   how much of the score rests on knowledge (an unassessed vendor is capped)
 * @param factors      the score as a waterfall of risk points: the contributions add up to the residual risk
 *                     (positive = less safe), and the score is 100 minus that sum
 * @param impact       the worst coherent breach of the data held (or assumed), which sets the inherent impact
 * @param exposure     the base-likelihood terms, one per entry route
 * @param threats      the campaigns that touch this vendor, strongest first, each with its attack chain
 * @param controlCosts the controls whose gap costs points, most first: what meeting each one alone would gain
 * @param whatIf       the score if the top 1, 2, ... missing controls of {@code controlCosts} were met
 */
public record Explanation(Confidence confidence,
                          List<Factor> factors,
                          Impact impact,
                          List<ExposureTerm> exposure,
                          List<Threat> threats,
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
     * The breach that sets the inherent impact: {@code recordCount} records carrying every category held for at
     * least that many people; {@code assumed} when no holdings are recorded and the category's assumed ones count.
     */
    public record Impact(long recordCount,
                         Set<DataCategory> categories,
                         boolean vulnerableSubjects,
                         double dataSensitivity,
                         double volume,
                         double access,
                         double inherentImpact,
                         boolean assumed) {

        public Impact {
            categories = Set.copyOf(categories);
        }
    }

    /** One entry route's share of the base likelihood. */
    public record ExposureTerm(EntryRoute route, double degree, double likelihood) {
    }

    /**
     * One campaign's effect: strength = match x severity x route match x decay x status; attempt = min(1,
     * strength / 0.5); chainSuccess = the chance its chain gets through what the vendor has in place; riskPoints =
     * what the campaign adds to the residual risk.
     */
    public record Threat(String incidentId,
                         String name,
                         ThreatMatch match,
                         double severity,
                         double routeMatch,
                         double decay,
                         double statusFactor,
                         double strength,
                         double attempt,
                         double chainSuccess,
                         double riskPoints,
                         List<StepOutcome> steps) {

        public Threat {
            steps = List.copyOf(steps);
        }
    }

    /**
     * How one step of a chain fares: the vendor's control that breaks it best (null when none does) and the chance
     * it stops the campaign there (its strength times the control's credit).
     */
    public record StepOutcome(String name, String controlId, double breaking) {
    }

    /**
     * What one control costs.
     *
     * @param evidenceExpired whether its evidence is past its expiry (it then counts as self-attested or unknown)
     * @param weight          the base weight b
     * @param campaignSteps   how many steps of the campaigns touching the vendor it can break
     * @param pointsLost      risk points meeting it alone (evidence at least documented) would remove, before the
     *                        confidence cap
     */
    public record ControlCost(String controlId,
                              ControlStatus status,
                              EvidenceQuality evidence,
                              boolean evidenceExpired,
                              int weight,
                              int campaignSteps,
                              double pointsLost) {
    }

    /** The score if {@code controlIds} were met (evidence at least documented). */
    public record WhatIf(List<String> controlIds, double score, Grade grade) {

        public WhatIf {
            controlIds = List.copyOf(controlIds);
        }
    }
}
