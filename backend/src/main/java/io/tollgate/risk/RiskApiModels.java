package io.tollgate.risk;

import io.tollgate.api.model.ChainStepOutcome;
import io.tollgate.api.model.ControlStatus;
import io.tollgate.api.model.DataCategoryCode;
import io.tollgate.api.model.EntryRoute;
import io.tollgate.api.model.EvidenceQuality;
import io.tollgate.api.model.Grade;
import io.tollgate.api.model.RiskConfidence;
import io.tollgate.api.model.RiskExplanation;
import io.tollgate.api.model.ThreatMatch;
import io.tollgate.scoring.Explanation;

import java.util.ArrayList;
import java.util.List;

/** Maps the pure model's explanation onto the contract's shapes (which is also how it is stored). */
final class RiskApiModels {
    private RiskApiModels() {
    }

    static RiskExplanation explanation(Explanation e) {
        Explanation.Impact i = e.impact();
        List<DataCategoryCode> categories = new ArrayList<>(i.categories().stream()
                .map(c -> DataCategoryCode.valueOf(c.name())).sorted().toList());
        return new RiskExplanation(
                RiskConfidence.valueOf(e.confidence().name()),
                e.factors().stream().map(f -> new io.tollgate.api.model.RiskFactor(f.name(), round(f.value(), 4),
                        clamp(f.riskPoints(), -100, 100))).toList(),
                new io.tollgate.api.model.RiskImpact(i.recordCount(), categories, i.vulnerableSubjects(),
                        clamp(i.dataSensitivity(), 0, 10), clamp(i.volume(), 0, 1), clamp(i.access(), 0, 1),
                        clamp(i.inherentImpact(), 0, 100), i.assumed()),
                e.exposure().stream().map(x -> new io.tollgate.api.model.ExposureTerm(EntryRoute.valueOf(x.route().name()),
                        clamp(x.degree(), 0, 1), clamp(x.likelihood(), 0, 1))).toList(),
                e.threats().stream().map(RiskApiModels::threat).toList(),
                e.controlCosts().stream().map(c -> new io.tollgate.api.model.ControlCost(c.controlId(),
                                ControlStatus.valueOf(c.status().name()), c.evidenceExpired(), c.weight(), c.campaignSteps(),
                                clamp(c.pointsLost(), 0, 100))
                        .evidence(c.evidence() == null ? null : EvidenceQuality.valueOf(c.evidence().name()))).toList(),
                e.whatIf().stream().map(w -> new io.tollgate.api.model.WhatIf(new ArrayList<>(w.controlIds()),
                        clamp(w.score(), 0, 100), Grade.valueOf(w.grade().name()))).toList());
    }

    private static io.tollgate.api.model.RiskThreat threat(Explanation.Threat t) {
        return new io.tollgate.api.model.RiskThreat(Long.parseLong(t.incidentId()), t.name(),
                ThreatMatch.valueOf(t.match().name()), clamp(t.severity(), 0, 1), clamp(t.routeMatch(), 0, 1),
                clamp(t.decay(), 0, 1), clamp(t.statusFactor(), 0, 1), clamp(t.strength(), 0, 1), clamp(t.attempt(), 0, 1),
                clamp(t.chainSuccess(), 0, 1), clamp(t.riskPoints(), 0, 100),
                t.steps().stream().map(s -> new ChainStepOutcome(s.name(), clamp(s.breaking(), 0, 1))
                        .controlCode(s.controlId())).toList());
    }

    /** Rounded to 4 places and kept inside the contract's bounds (floating-point noise can step over them). */
    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, round(value, 4)));
    }

    static double round(double value, int places) {
        double f = Math.pow(10, places);
        return Math.round(value * f) / f;
    }
}
