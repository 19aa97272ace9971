package io.tollgate.dashboard;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.tollgate.api.ReassessmentsApi;
import io.tollgate.api.model.Reassessment;
import io.tollgate.api.model.ReassessmentCadenceList;
import io.tollgate.api.model.ReassessmentCadenceUpdate;
import io.tollgate.api.model.ReassessmentPage;
import io.tollgate.api.model.ReassessmentState;
import io.tollgate.api.model.VendorTier;
import io.tollgate.security.Role;

import java.time.LocalDate;
import java.time.ZoneOffset;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReassessmentController implements ReassessmentsApi {
    private final ReassessmentService reassessments;

    public ReassessmentController(ReassessmentService reassessments) {
        this.reassessments = reassessments;
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public ReassessmentCadenceList listReassessmentCadences() {
        return new ReassessmentCadenceList(reassessments.cadences().stream().map(ReassessmentController::cadence).toList());
    }

    @Override
    @Secured({Role.ADMIN_NAME})
    public io.tollgate.api.model.ReassessmentCadence updateReassessmentCadence(VendorTier tier,
                                                                              ReassessmentCadenceUpdate update) {
        return cadence(reassessments.updateCadence(tier.getValue(), update.getMonths(), update.getVersion()));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public ReassessmentPage listReassessments(ReassessmentState due, Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int n = size == null ? 20 : size;
        LocalDate today = reassessments.today();
        ReassessmentService.Page result = reassessments.due(
                due == null ? null : ReassessmentService.State.valueOf(due.getValue()), p, n);
        return new ReassessmentPage(result.items().stream()
                .map(d -> reassessment(d, reassessments.stateOf(d.reassessmentDue(), today))).toList(),
                p, n, result.total(), (int) ((result.total() + n - 1) / n));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public Reassessment getVendorReassessment(Long vendorId) {
        DashboardRepository.Due due = reassessments.forVendor(vendorId);
        return reassessment(due, reassessments.stateOf(due.reassessmentDue(), reassessments.today()));
    }

    static Reassessment reassessment(DashboardRepository.Due d, ReassessmentService.State state) {
        return new Reassessment(d.vendorId(), d.name(), VendorTier.valueOf(d.tier()), d.months(),
                ReassessmentState.valueOf(state.name()))
                .lastAssessedOn(d.lastAssessedOn()).dueOn(d.reassessmentDue());
    }

    private static io.tollgate.api.model.ReassessmentCadence cadence(ReassessmentCadence c) {
        return new io.tollgate.api.model.ReassessmentCadence(VendorTier.valueOf(c.tier()), c.months(), c.version(),
                c.updatedAt().atOffset(ZoneOffset.UTC));
    }
}
