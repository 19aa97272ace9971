package io.tollgate.control;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.tollgate.api.VendorControlsApi;
import io.tollgate.api.model.ControlStatus;
import io.tollgate.api.model.ControlObservation;
import io.tollgate.api.model.ControlStatusSource;
import io.tollgate.api.model.EvidenceQuality;
import io.tollgate.api.model.VendorControlOverride;
import io.tollgate.common.ETags;
import io.tollgate.security.CurrentUserProvider;
import io.tollgate.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class VendorControlStatusController implements VendorControlsApi {
    private final VendorControlStatusService statuses;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    public VendorControlStatusController(VendorControlStatusService statuses, CurrentUserProvider currentUser, Clock clock) {
        this.statuses = statuses;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public List<io.tollgate.api.model.VendorControl> listVendorControls(Long vendorId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return statuses.list(vendorId).stream().map(vc -> toApi(vc, today)).toList();
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public HttpResponse<io.tollgate.api.model.VendorControl> overrideVendorControl(Long vendorId, String controlId,
                                                                                   VendorControlOverride body, String ifMatch) {
        VendorControlStatusService.VendorControl stored = statuses.override(vendorId, controlId, body.getVersion(), ifMatch,
                body.getStatus().name(), body.getEvidence() == null ? null : body.getEvidence().name(), body.getReason(),
                body.getExpiresOn(), currentUser.username());
        return HttpResponse.ok(toApi(stored, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .header("ETag", ETags.of(stored.recorded().version()));
    }

    /** The observation holding {@code today}, with what it overrides when it is an override. */
    static io.tollgate.api.model.VendorControl toApi(VendorControlStatusService.VendorControl vc, LocalDate today) {
        Control c = vc.control();
        VendorControlStatus r = vc.recorded();
        VendorControlStatus.Observation now = r == null ? null : r.effective(today);
        if (now == null) {
            return new io.tollgate.api.model.VendorControl(c.code(), c.name(), c.domain(), c.baseWeight(),
                    ControlStatus.UNKNOWN, r == null ? 0L : r.version());
        }
        VendorControlStatus.Observation beneath = VendorControlStatus.OVERRIDE.equals(now.source()) ? r.base() : null;
        return new io.tollgate.api.model.VendorControl(c.code(), c.name(), c.domain(), c.baseWeight(),
                ControlStatus.valueOf(now.status()), r.version())
                .evidence(now.evidence() == null ? null : EvidenceQuality.valueOf(now.evidence()))
                .source(ControlStatusSource.valueOf(now.source()))
                .assessmentId(now.assessmentId())
                .observedOn(now.observedOn())
                .expiresOn(now.expiresOn())
                .reason(now.reason())
                .overridden(beneath == null ? null : new ControlObservation(ControlStatus.valueOf(beneath.status()),
                        ControlStatusSource.valueOf(beneath.source()), beneath.observedOn())
                        .evidence(beneath.evidence() == null ? null : EvidenceQuality.valueOf(beneath.evidence()))
                        .assessmentId(beneath.assessmentId())
                        .expiresOn(beneath.expiresOn()))
                .updatedBy(r.updatedBy())
                .updatedAt(r.updatedAt().atOffset(ZoneOffset.UTC));
    }
}
