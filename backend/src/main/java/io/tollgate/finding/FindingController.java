package io.tollgate.finding;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.tollgate.api.FindingsApi;
import io.tollgate.api.model.FindingPage;
import io.tollgate.api.model.FindingSeverity;
import io.tollgate.api.model.FindingSort;
import io.tollgate.api.model.FindingStatus;
import io.tollgate.api.model.FindingUpdate;
import io.tollgate.api.model.RemediationRequest;
import io.tollgate.common.ETags;
import io.tollgate.security.CurrentUserProvider;
import io.tollgate.security.Role;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class FindingController implements FindingsApi {
    private final FindingService findings;
    private final CurrentUserProvider currentUser;

    public FindingController(FindingService findings, CurrentUserProvider currentUser) {
        this.findings = findings;
        this.currentUser = currentUser;
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public FindingPage listFindings(Integer page, Integer size, FindingStatus status, FindingSeverity severity,
                                    Long vendorId, Boolean overdue, FindingSort sort) {
        LocalDate today = findings.today();
        FindingFilter filter = new FindingFilter(status == null ? null : Finding.Status.valueOf(status.name()),
                severity == null ? null : Finding.Severity.valueOf(severity.name()), vendorId,
                Boolean.TRUE.equals(overdue), today);
        Page<FindingService.FindingView> result = findings.list(filter, page, size, sortOf(sort));
        return new FindingPage(result.getContent().stream().map(v -> toApi(v, today)).toList(),
                page, size, result.getTotalSize(), result.getTotalPages());
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public List<io.tollgate.api.model.Finding> listVendorFindings(Long vendorId) {
        LocalDate today = findings.today();
        return findings.listForVendor(vendorId).stream().map(v -> toApi(v, today)).toList();
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public HttpResponse<io.tollgate.api.model.Finding> getFinding(Long findingId) {
        return withETag(findings.get(findingId));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public HttpResponse<io.tollgate.api.model.Finding> updateFinding(Long findingId, FindingUpdate body, String ifMatch) {
        FindingService.Change change = new FindingService.Change(Finding.Status.valueOf(body.getStatus().name()),
                body.getOwner(), body.getDueDate(), body.getRiskAcceptedUntil(), body.getReason());
        return withETag(findings.update(findingId, body.getVersion(), ifMatch, change, currentUser.username()));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public HttpResponse<io.tollgate.api.model.Finding> requestRemediation(Long findingId, RemediationRequest body) {
        return withETag(findings.requestRemediation(findingId, body.getVersion(), body.getAssessmentId(),
                body.getMessage(), currentUser.username()));
    }

    private HttpResponse<io.tollgate.api.model.Finding> withETag(FindingService.FindingView view) {
        return HttpResponse.ok(toApi(view, findings.today())).header("ETag", ETags.of(view.finding().version()));
    }

    /** Severity sorts by its rank (critical first), not by its name; id breaks ties so pages never overlap. */
    static Sort sortOf(FindingSort sort) {
        String value = sort == null ? FindingSort.SEVERITY.getValue() : sort.getValue();
        boolean descending = value.startsWith("-");
        String key = descending ? value.substring(1) : value;
        String property = key.equals("severity") ? "severityRank" : key;
        Sort.Order order = descending ? Sort.Order.desc(property) : Sort.Order.asc(property);
        Sort.Order then = key.equals("dueDate") ? Sort.Order.asc("severityRank") : Sort.Order.asc("dueDate");
        return Sort.of(order, then, descending ? Sort.Order.desc("id") : Sort.Order.asc("id"));
    }

    static io.tollgate.api.model.Finding toApi(FindingService.FindingView view, LocalDate today) {
        Finding f = view.finding();
        return new io.tollgate.api.model.Finding(f.id(), f.vendorId(), view.vendorName(), f.controlId(),
                view.control().name(), f.title(), FindingSeverity.valueOf(Finding.Severity.ofStored(f.severity()).name()),
                FindingStatus.valueOf(f.effectiveStatus(today).name()), f.dueDate(), f.overdue(today),
                f.riskAcceptanceExpired(today), f.openedAt().atOffset(ZoneOffset.UTC), f.version(),
                f.createdAt().atOffset(ZoneOffset.UTC), f.updatedAt().atOffset(ZoneOffset.UTC))
                .assessmentId(f.assessmentId())
                .owner(f.owner())
                .riskAcceptedUntil(f.riskAcceptedUntil())
                .riskAcceptanceReason(f.riskAcceptanceReason())
                .closedReason(f.closedReason())
                .remediationRequestedAt(utc(f.remediationRequestedAt()))
                .remediationRequestMessage(f.remediationRequestMessage())
                .vendorResponse(f.vendorResponse())
                .vendorPlannedDate(f.vendorPlannedDate())
                .vendorRespondedAt(utc(f.vendorRespondedAt()))
                .closedAt(utc(f.closedAt()));
    }

    static java.time.OffsetDateTime utc(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
