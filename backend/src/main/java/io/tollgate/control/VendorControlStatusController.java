package io.tollgate.control;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.tollgate.api.VendorControlsApi;
import io.tollgate.api.model.ControlStatus;
import io.tollgate.api.model.ControlStatusSource;
import io.tollgate.api.model.EvidenceQuality;
import io.tollgate.api.model.VendorControlOverride;
import io.tollgate.common.ETags;
import io.tollgate.security.CurrentUserProvider;
import io.tollgate.security.Role;

import java.time.ZoneOffset;
import java.util.List;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class VendorControlStatusController implements VendorControlsApi {
    private final VendorControlStatusService statuses;
    private final CurrentUserProvider currentUser;

    public VendorControlStatusController(VendorControlStatusService statuses, CurrentUserProvider currentUser) {
        this.statuses = statuses;
        this.currentUser = currentUser;
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public List<io.tollgate.api.model.VendorControl> listVendorControls(Long vendorId) {
        return statuses.list(vendorId).stream().map(VendorControlStatusController::toApi).toList();
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public HttpResponse<io.tollgate.api.model.VendorControl> overrideVendorControl(Long vendorId, String controlId,
                                                                                   VendorControlOverride body, String ifMatch) {
        VendorControlStatusService.VendorControl stored = statuses.override(vendorId, controlId, body.getVersion(), ifMatch,
                body.getStatus().name(), body.getEvidence() == null ? null : body.getEvidence().name(), body.getReason(),
                currentUser.username());
        return HttpResponse.ok(toApi(stored)).header("ETag", ETags.of(stored.recorded().version()));
    }

    static io.tollgate.api.model.VendorControl toApi(VendorControlStatusService.VendorControl vc) {
        Control c = vc.control();
        VendorControlStatus r = vc.recorded();
        if (r == null) {
            return new io.tollgate.api.model.VendorControl(c.code(), c.name(), c.domain(), c.baseWeight(),
                    ControlStatus.UNKNOWN, 0L);
        }
        return new io.tollgate.api.model.VendorControl(c.code(), c.name(), c.domain(), c.baseWeight(),
                ControlStatus.valueOf(r.status()), r.version())
                .evidence(r.evidence() == null ? null : EvidenceQuality.valueOf(r.evidence()))
                .source(ControlStatusSource.valueOf(r.source()))
                .assessmentId(r.assessmentId())
                .reason(r.reason())
                .updatedBy(r.updatedBy())
                .updatedAt(r.updatedAt().atOffset(ZoneOffset.UTC));
    }
}
