package io.tollgate.scoring;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One run of {@link RiskModel} for one vendor: every intermediate value of the formula, kept so that the figures and
 * the explanation read the same numbers. The run has two stages: what does not depend on the control answers
 * (impact, exposure, the campaigns that touch the vendor) is computed once, and the control stage
 * ({@link #controlStage}) is a function of the answers' credits alone, so the what-ifs re-run only that stage.
 */
final class Evaluation {

    final RiskModel model;
    final ScoringInput input;
    final RiskModel.Catalogue catalogue;
    final Confidence confidence;
    final Breach breach;
    final long people;
    final double[] routeDegrees = new double[EntryRoute.values().length];
    final double baseLikelihood;
    /** The campaigns that touch the vendor (strength 0 included: archived, or on a route it does not expose). */
    final Touch[] touches;
    final double likelihood;
    /** Each answer's credit c_i, after evidence ageing; NaN for a control that is not applicable. */
    final double[] credit;
    /** Whether each answer's evidence has expired (it then counts as self-attested, or unknown after the grace). */
    final boolean[] expired;
    final ControlStage controls;

    /** The breach that sets the inherent impact. */
    record Breach(long records, Set<DataCategory> categories, boolean vulnerable, double sensitivity, double volume,
                  double access, double impact, boolean assumed) {
    }

    /** A campaign that touches the vendor, with its strength sigma and attempt a. */
    record Touch(int campaign, ThreatMatch match, double routeMatch, double strength, double attempt) {
    }

    /** The control stage's result for one set of credits. */
    record ControlStage(double effectiveness, double baselineLikelihood, double[] chainSuccess,
                        double residualLikelihood, double residualRisk) {
    }

    Evaluation(RiskModel model, ScoringInput input, RiskModel.Catalogue catalogue) {
        this.model = model;
        this.input = input;
        this.catalogue = catalogue;
        VendorProfile vendor = input.vendor();
        boolean holdingsRecorded = !input.holdings().isEmpty();
        boolean assessed = vendor.lastAssessedOn() != null && vendor.lastAssessedOn().toEpochDay() <= model.today;
        confidence = Confidence.of(holdingsRecorded, assessed);
        List<Holding> held = holdingsRecorded ? input.holdings() : AssumedHoldings.of(vendor.category());
        breach = worstBreach(held, !holdingsRecorded);
        long most = 0L;
        for (Holding h : held) {
            most = Math.max(most, h.recordCount());
        }
        people = most;

        double l0 = RiskModel.BASE_LIKELIHOOD;
        for (EntryRoute route : EntryRoute.values()) {
            routeDegrees[route.ordinal()] = input.exposure().degree(route);
            l0 += RiskModel.ROUTE_LIKELIHOOD.get(route) * routeDegrees[route.ordinal()];
        }
        baseLikelihood = l0;

        Touch[] touching = new Touch[model.campaigns.length];
        int n = 0;
        double untouched = 1.0 - baseLikelihood;
        for (int c = 0; c < model.campaigns.length; c++) {
            RiskModel.Campaign campaign = model.campaigns[c];
            ThreatMatch match = RiskModel.match(vendor, campaign.incident);
            if (match == ThreatMatch.NONE) {
                continue;
            }
            double route = match == ThreatMatch.COMPROMISED || campaign.incident.entryRoutes().isEmpty()
                    ? 1.0 : routeMatch(campaign.incident.entryRoutes());
            double strength = match.strength() * campaign.severity * route * campaign.decay * campaign.status;
            double attempt = Math.min(1.0, strength / RiskModel.REFERENCE_THREAT_STRENGTH);
            touching[n++] = new Touch(c, match, route, strength, attempt);
            untouched *= 1.0 - attempt;
        }
        touches = Arrays.copyOf(touching, n);
        likelihood = 1.0 - untouched;

        List<ControlAnswer> answers = input.controls();
        credit = new double[answers.size()];
        expired = new boolean[answers.size()];
        for (int i = 0; i < credit.length; i++) {
            ControlAnswer answer = answers.get(i);
            if (answer.status() == ControlStatus.NOT_APPLICABLE) {
                credit[i] = Double.NaN;
                continue;
            }
            expired[i] = answer.evidenceExpiresOn() != null && answer.evidenceExpiresOn().toEpochDay() < model.today;
            credit[i] = credit(answer, expired[i]);
        }
        controls = controlStage(credit);
    }

    /** Status credit times evidence factor; expired evidence counts as self-attested, past the grace as unknown. */
    private double credit(ControlAnswer answer, boolean evidenceExpired) {
        if (answer.status().credit() == 0.0) {
            return 0.0;
        }
        if (!evidenceExpired) {
            return answer.credit();
        }
        long daysPast = model.today - answer.evidenceExpiresOn().toEpochDay();
        return daysPast > RiskModel.EVIDENCE_GRACE_DAYS ? 0.0
                : answer.status().credit() * Math.min(answer.evidence().factor(), EvidenceQuality.SELF_ATTESTED.factor());
    }

    /** The credit answer {@code i} would earn if met, with evidence at least documented and fresh. */
    double creditIfMet(int i) {
        ControlAnswer answer = input.controls().get(i);
        double evidence = answer.evidence() == null || expired[i] ? RiskModel.WHAT_IF_EVIDENCE.factor()
                : Math.max(answer.evidence().factor(), RiskModel.WHAT_IF_EVIDENCE.factor());
        return Double.isNaN(credit[i]) ? credit[i] : Math.max(credit[i], ControlStatus.MET.credit() * evidence);
    }

    /** The mean exposure degree on the campaign's entry routes (summed in route order, so always the same double). */
    private double routeMatch(Set<EntryRoute> routes) {
        double sum = 0.0;
        for (EntryRoute route : EntryRoute.values()) {
            if (routes.contains(route)) {
                sum += routeDegrees[route.ordinal()];
            }
        }
        return sum / routes.size();
    }

    /** The control stage: baseline effectiveness, each touching campaign's chain success, and the residual risk. */
    ControlStage controlStage(double[] credits) {
        List<ControlAnswer> answers = input.controls();
        double earned = 0.0;
        double possible = 0.0;
        for (int i = 0; i < credits.length; i++) {
            if (!Double.isNaN(credits[i])) {
                int weight = answers.get(i).baseWeight();
                earned += weight * credits[i];
                possible += weight;
            }
        }
        double effectiveness = possible == 0.0 ? 0.0 : earned / possible;
        double baseline = baseLikelihood * (1.0 - RiskModel.MAX_CONTROL_REDUCTION * effectiveness);
        double[] success = new double[touches.length];
        double safe = 1.0 - baseline;
        for (int t = 0; t < touches.length; t++) {
            success[t] = chainSuccess(touches[t].campaign(), credits);
            safe *= 1.0 - touches[t].attempt() * success[t];
        }
        double residual = 1.0 - safe;
        return new ControlStage(effectiveness, baseline, success, residual, breach.impact() * residual);
    }

    /** prod over steps of (1 - the strongest break at that step); 1 when the chain is not known. */
    double chainSuccess(int campaign, double[] credits) {
        int[][] positions = catalogue.positions[campaign];
        double[][] strengths = catalogue.strengths[campaign];
        double success = 1.0;
        for (int s = 0; s < positions.length; s++) {
            success *= 1.0 - stepBreak(positions[s], strengths[s], credits);
        }
        return success;
    }

    static double stepBreak(int[] positions, double[] strengths, double[] credits) {
        double best = 0.0;
        for (int k = 0; k < positions.length; k++) {
            int i = positions[k];
            if (i >= 0 && !Double.isNaN(credits[i])) {
                best = Math.max(best, strengths[k] * credits[i]);
            }
        }
        return best;
    }

    /** The residual risk shown: while the vendor is not assessed, at least what keeps its score at the cap. */
    double shownResidual(double residualRisk) {
        return confidence == Confidence.ASSESSED ? residualRisk
                : Math.max(residualRisk, 100.0 - RiskModel.UNASSESSED_SCORE_CAP);
    }

    /** The score for a residual risk: 100 minus the residual risk shown, to one decimal. */
    double score(double residualRisk) {
        return RiskModel.round1(100.0 - shownResidual(residualRisk));
    }

    /** The score with other credits (a what-if). */
    double scoreWith(double[] credits) {
        return score(controlStage(credits).residualRisk());
    }

    RiskModel.Figures figures() {
        double inherentRisk = breach.impact() * likelihood;
        double score = score(controls.residualRisk());
        return new RiskModel.Figures(score, Grade.of(score), confidence, breach.impact(), likelihood, inherentRisk,
                controls.effectiveness(), shownResidual(controls.residualRisk()), LossMagnitude.usd(people));
    }

    /** The worst coherent breach: n records carrying every category held for at least n people. */
    private static Breach worstBreach(List<Holding> holdings, boolean assumed) {
        Breach worst = new Breach(0L, Set.of(), false, 0.0, 0.0, 0.0, 0.0, assumed);
        long[] counts = new long[holdings.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = holdings.get(i).recordCount();
        }
        Arrays.sort(counts);
        double[] weights = new double[holdings.size()];
        for (int c = counts.length - 1; c >= 0; c--) {
            long n = counts[c];
            if (n <= 0 || (c + 1 < counts.length && counts[c + 1] == n)) {
                continue; // no records, or a count already scored
            }
            Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
            boolean vulnerable = false;
            double access = 0.0;
            for (Holding holding : holdings) {
                if (holding.recordCount() >= n) {
                    categories.add(holding.category());
                    vulnerable |= holding.vulnerableSubjects();
                    access = Math.max(access, holding.access().factor());
                }
            }
            int k = 0;
            for (DataCategory category : categories) {
                weights[k++] = category.sensitivityWeight();
            }
            Arrays.sort(weights, 0, k);
            double sensitivity = 0.0;
            for (int rank = 0; rank < Math.min(k, RiskModel.SENSITIVITY_RANK_FACTORS.length); rank++) {
                sensitivity += RiskModel.SENSITIVITY_RANK_FACTORS[rank] * weights[k - 1 - rank];
            }
            sensitivity = Math.min(RiskModel.MAX_SENSITIVITY, sensitivity + (vulnerable ? RiskModel.VULNERABLE_SUBJECTS_BONUS : 0.0));
            double volume = RiskModel.volume(n);
            double impact = 100.0 * access * (RiskModel.SENSITIVITY_SHARE * sensitivity / RiskModel.MAX_SENSITIVITY
                    + RiskModel.VOLUME_SHARE * volume);
            if (impact > worst.impact()) {
                worst = new Breach(n, categories, vulnerable, sensitivity, volume, access, impact, assumed);
            }
        }
        return worst;
    }
}
