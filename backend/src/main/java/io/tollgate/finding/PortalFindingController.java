package io.tollgate.finding;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.tollgate.api.PortalFindingsApi;
import io.tollgate.api.model.FindingSeverity;
import io.tollgate.api.model.FindingStatus;
import io.tollgate.api.model.PortalFinding;
import io.tollgate.api.model.RemediationResponse;
import io.tollgate.portal.PortalAccess;

import java.time.LocalDate;
import java.util.List;

/**
 * The vendor's side of remediation requests. The assessment is always the one the invitation token opened
 * ({@link PortalAccess}); nothing in the request can choose another.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(PortalAccess.ROLE)
public class PortalFindingController implements PortalFindingsApi {
    private final FindingService findings;
    private final PortalAccess access;

    public PortalFindingController(FindingService findings, PortalAccess access) {
        this.findings = findings;
        this.access = access;
    }

    @Override
    @Secured(PortalAccess.ROLE)
    public List<PortalFinding> listPortalFindings() {
        LocalDate today = findings.today();
        return findings.requestedThrough(access.assessmentId()).stream().map(v -> toPortal(v, today)).toList();
    }

    @Override
    @Secured(PortalAccess.ROLE)
    public PortalFinding respondToRemediationRequest(Long findingId, RemediationResponse body) {
        return toPortal(findings.respond(access.assessmentId(), findingId, body.getVersion(), body.getPlan(),
                body.getPlannedDate()), findings.today());
    }

    /** What the vendor sees: the request and its own answer, not the analysts' owner, reasons or acceptance. */
    static PortalFinding toPortal(FindingService.FindingView view, LocalDate today) {
        Finding f = view.finding();
        return new PortalFinding(f.id(), f.controlId(), view.control().name(), f.title(),
                FindingSeverity.valueOf(Finding.Severity.ofStored(f.severity()).name()),
                FindingStatus.valueOf(f.effectiveStatus(today).name()), f.dueDate(),
                FindingController.utc(f.remediationRequestedAt()), f.version())
                .controlDescription(view.control().description())
                .requestMessage(f.remediationRequestMessage())
                .plan(f.vendorResponse())
                .plannedDate(f.vendorPlannedDate())
                .respondedAt(FindingController.utc(f.vendorRespondedAt()));
    }
}
