package io.tollgate.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Derives a score's {@link Explanation} from the run that computed it: the waterfall from the run's intermediate
 * values, the costs and what-ifs by re-running its control stage with other credits. Nothing here computes a
 * figure of the score a second way.
 */
final class Explainer {

    private Explainer() {
    }

    static Explanation explain(Evaluation run) {
        double impact = run.breach.impact();
        Evaluation.ControlStage stage = run.controls;
        // The residual likelihood with every chain as the vendor's controls leave it, but no baseline reduction.
        double chained = 1.0 - (1.0 - run.baseLikelihood) * (1.0 - stage.residualLikelihood()) / (1.0 - stage.baselineLikelihood());
        double shown = run.shownResidual(stage.residualRisk());
        List<Explanation.Factor> factors = List.of(
                new Explanation.Factor("inherentImpact", impact, impact),
                new Explanation.Factor("baseLikelihood", run.baseLikelihood, impact * run.baseLikelihood - impact),
                new Explanation.Factor("threats", run.likelihood, impact * (run.likelihood - run.baseLikelihood)),
                new Explanation.Factor("attackChains", chained, impact * (chained - run.likelihood)),
                new Explanation.Factor("controlEffectiveness", stage.effectiveness(), impact * (stage.residualLikelihood() - chained)),
                new Explanation.Factor("confidenceCap", run.confidence == Confidence.ASSESSED ? 100.0 : RiskModel.UNASSESSED_SCORE_CAP,
                        shown - stage.residualRisk()));

        Evaluation.Breach b = run.breach;
        Explanation.Impact breach = new Explanation.Impact(b.records(), b.categories(), b.vulnerable(), b.sensitivity(),
                b.volume(), b.access(), b.impact(), b.assumed());
        List<Explanation.ExposureTerm> exposure = new ArrayList<>();
        for (EntryRoute route : EntryRoute.values()) {
            double degree = run.routeDegrees[route.ordinal()];
            exposure.add(new Explanation.ExposureTerm(route, degree, RiskModel.ROUTE_LIKELIHOOD.get(route) * degree));
        }
        List<Explanation.ControlCost> costs = controlCosts(run);
        return new Explanation(run.confidence, factors, breach, exposure, threats(run), costs, whatIf(run, costs));
    }

    private static List<Explanation.Threat> threats(Evaluation run) {
        Evaluation.ControlStage stage = run.controls;
        List<Explanation.Threat> threats = new ArrayList<>();
        for (int t = 0; t < run.touches.length; t++) {
            Evaluation.Touch touch = run.touches[t];
            RiskModel.Campaign campaign = run.model.campaigns[touch.campaign()];
            // The residual risk without this campaign: the others' terms as they are.
            double safe = 1.0 - stage.baselineLikelihood();
            for (int o = 0; o < run.touches.length; o++) {
                if (o != t) {
                    safe *= 1.0 - run.touches[o].attempt() * stage.chainSuccess()[o];
                }
            }
            double without = run.breach.impact() * (1.0 - safe);
            threats.add(new Explanation.Threat(campaign.incident.id(), campaign.incident.name(), touch.match(),
                    campaign.severity, touch.routeMatch(), campaign.decay, campaign.status, touch.strength(),
                    touch.attempt(), stage.chainSuccess()[t], stage.residualRisk() - without, steps(run, touch.campaign())));
        }
        threats.sort(Comparator.comparingDouble(Explanation.Threat::strength).reversed()
                .thenComparing(Explanation.Threat::incidentId));
        return threats;
    }

    private static List<Explanation.StepOutcome> steps(Evaluation run, int campaign) {
        List<AttackStep> steps = run.model.campaigns[campaign].incident.steps();
        int[][] positions = run.catalogue.positions[campaign];
        double[][] strengths = run.catalogue.strengths[campaign];
        List<Explanation.StepOutcome> outcomes = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            String best = null;
            double breaking = 0.0;
            for (int k = 0; k < positions[s].length; k++) {
                int i = positions[s][k];
                if (i < 0 || Double.isNaN(run.credit[i])) {
                    continue;
                }
                double b = strengths[s][k] * run.credit[i];
                if (b > breaking) {
                    breaking = b;
                    best = run.input.controls().get(i).controlId();
                }
            }
            outcomes.add(new Explanation.StepOutcome(steps.get(s).name(), best, breaking));
        }
        return outcomes;
    }

    /** Each control whose gap costs points: what meeting it alone would remove, most first. */
    private static List<Explanation.ControlCost> controlCosts(Evaluation run) {
        List<ControlAnswer> answers = run.input.controls();
        int[] steps = campaignSteps(run);
        List<Explanation.ControlCost> costs = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            double met = run.creditIfMet(i);
            if (Double.isNaN(met) || met <= run.credit[i]) {
                continue;
            }
            double[] credits = run.credit.clone();
            credits[i] = met;
            double points = run.controls.residualRisk() - run.controlStage(credits).residualRisk();
            if (points > 1e-9) {
                ControlAnswer a = answers.get(i);
                costs.add(new Explanation.ControlCost(a.controlId(), a.status(), a.evidence(), run.expired[i],
                        a.baseWeight(), steps[i], points));
            }
        }
        costs.sort(Comparator.comparingDouble(Explanation.ControlCost::pointsLost).reversed()
                .thenComparing(Explanation.ControlCost::controlId));
        return costs;
    }

    /** For each answer, how many steps of the campaigns that press on the vendor it can break. */
    private static int[] campaignSteps(Evaluation run) {
        int[] steps = new int[run.credit.length];
        for (Evaluation.Touch touch : run.touches) {
            if (touch.attempt() == 0.0) {
                continue;
            }
            for (int[] step : run.catalogue.positions[touch.campaign()]) {
                for (int i : step) {
                    if (i >= 0) {
                        steps[i]++;
                    }
                }
            }
        }
        return steps;
    }

    /** Meets the top 1..5 missing controls of the costs in turn, each what-if re-running the control stage. */
    private static List<Explanation.WhatIf> whatIf(Evaluation run, List<Explanation.ControlCost> costs) {
        List<ControlAnswer> answers = run.input.controls();
        List<String> missing = costs.stream()
                .filter(c -> c.status().isMissing() || c.evidenceExpired())
                .map(Explanation.ControlCost::controlId).limit(RiskModel.WHAT_IF_DEPTH).toList();
        List<Explanation.WhatIf> whatIf = new ArrayList<>();
        double[] credits = run.credit.clone();
        for (int n = 0; n < missing.size(); n++) {
            for (int i = 0; i < answers.size(); i++) {
                if (answers.get(i).controlId().equals(missing.get(n))) {
                    credits[i] = run.creditIfMet(i);
                }
            }
            double score = run.scoreWith(credits);
            whatIf.add(new Explanation.WhatIf(missing.subList(0, n + 1), score, Grade.of(score)));
        }
        return whatIf;
    }
}
