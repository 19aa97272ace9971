package io.tollgate.risk;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.tollgate.api.RiskApi;
import io.tollgate.api.model.ControlStatus;
import io.tollgate.api.model.DataCategoryCode;
import io.tollgate.api.model.ExposedVendor;
import io.tollgate.api.model.Grade;
import io.tollgate.api.model.IncidentImpact;
import io.tollgate.api.model.MissingControl;
import io.tollgate.api.model.PlatformRef;
import io.tollgate.api.model.RiskHistoryEntry;
import io.tollgate.api.model.RiskHistoryPage;
import io.tollgate.api.model.ThreatMatch;
import io.tollgate.api.model.VendorCategory;
import io.tollgate.api.model.VendorRisk;
import io.tollgate.security.Role;

import java.time.ZoneOffset;

import static io.tollgate.risk.RiskApiModels.clamp;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class RiskController implements RiskApi {
    private final VendorRiskService risk;
    private final IncidentImpactService impacts;

    public RiskController(VendorRiskService risk, IncidentImpactService impacts) {
        this.risk = risk;
        this.impacts = impacts;
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public VendorRisk getVendorRisk(Long vendorId) {
        VendorRiskScore s = risk.current(vendorId);
        return new VendorRisk(vendorId, s.score().doubleValue(), Grade.valueOf(s.grade()),
                io.tollgate.api.model.RiskConfidence.valueOf(s.confidence()), s.impact().doubleValue(),
                s.likelihood().doubleValue(), s.inherentRisk().doubleValue(), s.controlEffectiveness().doubleValue(),
                s.residualRisk().doubleValue(), s.indicativeLossUsd(), s.modelVersion(),
                s.scoredAt().atOffset(ZoneOffset.UTC), risk.explanation(s));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public RiskHistoryPage getVendorRiskHistory(Long vendorId, Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int n = size == null ? 20 : size;
        VendorRiskService.History history = risk.history(vendorId, p, n);
        return new RiskHistoryPage(history.items().stream()
                .map(h -> new RiskHistoryEntry(h.score().doubleValue(), Grade.valueOf(h.grade()), h.residualRisk().doubleValue(),
                        h.modelVersion(), h.reason(), h.scoredAt().atOffset(ZoneOffset.UTC)))
                .toList(), p, n, history.total(), (int) ((history.total() + n - 1) / n));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public IncidentImpact getIncidentImpact(Long incidentId) {
        IncidentImpactService.Impact impact = impacts.impact(incidentId);
        return new IncidentImpact(incidentId, impact.incident().incident().name(),
                io.tollgate.api.model.IncidentStatus.valueOf(impact.incident().incident().status().name()),
                impact.exposedCount(),
                impact.vendors().stream().map(v -> new ExposedVendor(v.vendorId(), v.name(), VendorCategory.valueOf(v.category()),
                        ThreatMatch.valueOf(v.match().name()),
                        v.via().stream().map(p -> new PlatformRef(p.id(), p.name(), p.category())).toList(),
                        v.records(),
                        v.dataCategoriesAtRisk().stream().map(DataCategoryCode::valueOf).toList(),
                        clamp(v.withIncident().score(), 0, 100), Grade.valueOf(v.withIncident().grade().name()),
                        clamp(v.withoutIncident().score(), 0, 100), Grade.valueOf(v.withoutIncident().grade().name()),
                        v.missingControls().stream().map(m -> new MissingControl(m.controlCode(), m.controlName(),
                                ControlStatus.valueOf(m.status()), clamp(m.strength(), 0, 1), clamp(m.pointsLost(), 0, 100)))
                                .toList()))
                        .toList());
    }
}
