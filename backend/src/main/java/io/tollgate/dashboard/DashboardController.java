package io.tollgate.dashboard;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.tollgate.api.DashboardApi;
import io.tollgate.api.model.BestControl;
import io.tollgate.api.model.CategoryRecords;
import io.tollgate.api.model.DashboardSummary;
import io.tollgate.api.model.FindingSeverity;
import io.tollgate.api.model.SeverityFindings;
import io.tollgate.api.model.DataCategoryCode;
import io.tollgate.api.model.Grade;
import io.tollgate.api.model.GradeCount;
import io.tollgate.api.model.HeatmapCell;
import io.tollgate.api.model.PortfolioTrend;
import io.tollgate.api.model.ReassessmentSummary;
import io.tollgate.api.model.RiskiestVendor;
import io.tollgate.api.model.TierGrades;
import io.tollgate.api.model.TrendPoint;
import io.tollgate.api.model.VendorCategory;
import io.tollgate.api.model.VendorSort;
import io.tollgate.api.model.VendorStatus;
import io.tollgate.api.model.VendorTier;
import io.tollgate.api.model.WhatIf;
import io.tollgate.api.model.WhatIfRequest;
import io.tollgate.risk.VendorRiskService;
import io.tollgate.scoring.Explanation;
import io.tollgate.security.Role;
import io.tollgate.vendor.VendorFilter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class DashboardController implements DashboardApi {
    private final DashboardService dashboard;
    private final ReassessmentService reassessments;
    private final VendorRegisterCsv register;
    private final VendorRiskService risk;

    public DashboardController(DashboardService dashboard, ReassessmentService reassessments, VendorRegisterCsv register,
                               VendorRiskService risk) {
        this.dashboard = dashboard;
        this.reassessments = reassessments;
        this.register = register;
        this.risk = risk;
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public DashboardSummary getDashboardSummary() {
        DashboardService.Summary s = dashboard.summary();
        DashboardSummary summary = new DashboardSummary(s.vendorCount(), s.scoredCount(), grades(s.grades()),
                s.tiers().stream().map(t -> new TierGrades(VendorTier.valueOf(t.tier()), t.vendorCount(), grades(t.grades())))
                        .toList(),
                s.heatmap().stream().map(h -> new HeatmapCell(h.impactBand(), h.likelihoodBand(), h.vendorCount())).toList(),
                s.categories().stream().map(c -> new CategoryRecords(DataCategoryCode.valueOf(c.dataCategory()),
                        c.totalRecords(), c.vendorCount())).toList(),
                s.riskiest().stream().map(DashboardController::riskiest).toList(),
                new ReassessmentSummary(s.overdue(), s.dueSoon(), DashboardService.DUE_SOON_DAYS,
                        s.nextDue().stream().map(d -> ReassessmentController.reassessment(d, reassessments.stateOf(
                                d.reassessmentDue(), s.today()))).toList()),
                s.overdueAssessments(), s.findings().stream().map(f -> new SeverityFindings(
                        FindingSeverity.values()[f.severityRank() - 1], f.openCount(), f.acceptedCount())).toList(),
                s.generatedAt().atOffset(ZoneOffset.UTC));
        s.averageScore().ifPresent(summary::averageScore);
        return summary;
    }

    private static RiskiestVendor riskiest(DashboardService.Riskiest r) {
        DashboardRepository.Riskiest v = r.vendor();
        RiskiestVendor vendor = new RiskiestVendor(v.vendorId(), v.name(), VendorTier.valueOf(v.tier()), v.score().doubleValue(),
                Grade.valueOf(v.grade()), v.residualRisk().doubleValue(), v.totalRecords());
        r.bestControl().ifPresent(b -> vendor.bestControl(new BestControl(b.controlCode(), b.controlName(),
                Math.max(0, Math.min(100, b.scoreIfMet())), Grade.valueOf(b.gradeIfMet()))));
        return vendor;
    }

    private static List<GradeCount> grades(List<DashboardService.GradeCount> counts) {
        return counts.stream().map(g -> {
            GradeCount count = new GradeCount(g.count());
            return DashboardService.isUnscored(g.grade()) ? count : count.grade(Grade.valueOf(g.grade()));
        }).toList();
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public PortfolioTrend getPortfolioTrend(Integer days) {
        return new PortfolioTrend(dashboard.trend(days == null ? 90 : days).stream().map(d -> {
            List<GradeCount> grades = new ArrayList<>();
            addGrade(grades, Grade.A, d.gradeA());
            addGrade(grades, Grade.B, d.gradeB());
            addGrade(grades, Grade.C, d.gradeC());
            addGrade(grades, Grade.D, d.gradeD());
            addGrade(grades, Grade.F, d.gradeF());
            TrendPoint point = new TrendPoint(d.day(), d.vendorCount(), d.scoredCount(), grades);
            if (d.scoredCount() > 0) {
                point.averageScore(d.scoreSum().divide(BigDecimal.valueOf(d.scoredCount()), 1, RoundingMode.HALF_UP).doubleValue());
            }
            return point;
        }).toList());
    }

    private static void addGrade(List<GradeCount> grades, Grade grade, long count) {
        grades.add(new GradeCount(count).grade(grade));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public WhatIf getVendorWhatIf(Long vendorId, WhatIfRequest request) {
        Explanation.WhatIf w = risk.whatIf(vendorId, request.getControlCodes());
        return new WhatIf(new ArrayList<>(w.controlIds()), Math.max(0, Math.min(100, Math.round(w.score() * 10) / 10.0)),
                Grade.valueOf(w.grade().name()));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public HttpResponse<String> exportVendorRegisterCsv(String q, VendorCategory category, VendorTier tier,
                                                        VendorStatus status, VendorSort sort) {
        String csv = register.export(new VendorFilter(q, category, tier, status, null), sort);
        return HttpResponse.ok(csv).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"vendor-register-" + reassessments.today() + ".csv\"");
    }
}
