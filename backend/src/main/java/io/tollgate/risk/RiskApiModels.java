package io.tollgate.risk;

import io.tollgate.api.model.ControlStatus;
import io.tollgate.api.model.DataCategoryCode;
import io.tollgate.api.model.EntryRoute;
import io.tollgate.api.model.EvidenceQuality;
import io.tollgate.api.model.Grade;
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
                e.factors().stream().map(f -> new io.tollgate.api.model.RiskFactor(f.name(), round(f.value(), 4),
                        clamp(f.riskPoints(), -100, 100))).toList(),
                new io.tollgate.api.model.RiskImpact(i.recordCount(), categories, i.vulnerableSubjects(),
                        clamp(i.dataSensitivity(), 0, 10), clamp(i.volume(), 0, 1), clamp(i.access(), 0, 1),
                        clamp(i.inherentImpact(), 0, 100)),
                e.exposure().stream().map(x -> new io.tollgate.api.model.ExposureTerm(EntryRoute.valueOf(x.route().name()),
                        clamp(x.degree(), 0, 1), clamp(x.likelihood(), 0, 1))).toList(),
                e.threats().stream().map(t -> new io.tollgate.api.model.RiskThreat(Long.parseLong(t.incidentId()), t.name(),
                        ThreatMatch.valueOf(t.match().name()), clamp(t.severity(), 0, 1), clamp(t.routeMatch(), 0, 1),
                        clamp(t.decay(), 0, 1), clamp(t.statusFactor(), 0, 1), clamp(t.strength(), 0, 1), t.gating())).toList(),
                new io.tollgate.api.model.RiskGate(clamp(e.gate().cap(), 0, 1), e.gate().binding(),
                        new ArrayList<>(e.gate().controlIds()),
                        new ArrayList<>(e.gate().incidentIds().stream().map(Long::parseLong).toList())),
                e.controlCosts().stream().map(c -> new io.tollgate.api.model.ControlCost(c.controlId(),
                                ControlStatus.valueOf(c.status().name()), c.weight(), clamp(c.threatPressure(), 0, 1), c.gated(),
                                clamp(c.pointsLost(), 0, 100))
                        .evidence(c.evidence() == null ? null : EvidenceQuality.valueOf(c.evidence().name()))).toList(),
                e.whatIf().stream().map(w -> new io.tollgate.api.model.WhatIf(new ArrayList<>(w.controlIds()),
                        clamp(w.score(), 0, 100), Grade.valueOf(w.grade().name()))).toList());
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
