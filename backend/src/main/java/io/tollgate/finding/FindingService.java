package io.tollgate.finding;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.tollgate.api.model.AssessmentStatus;
import io.tollgate.api.model.FieldError;
import io.tollgate.assessment.Assessment;
import io.tollgate.assessment.AssessmentRepository;
import io.tollgate.audit.AuditLog;
import io.tollgate.common.ConflictException;
import io.tollgate.common.ETags;
import io.tollgate.common.InvalidInputException;
import io.tollgate.common.NotFoundException;
import io.tollgate.common.PreconditionFailedException;
import io.tollgate.common.Values;
import io.tollgate.control.Control;
import io.tollgate.control.ControlRepository;
import io.tollgate.control.VendorControlStatus;
import io.tollgate.control.VendorControlStatusRepository;
import io.tollgate.incident.IncidentModels;
import io.tollgate.incident.IncidentService;
import io.tollgate.vendor.VendorLink;
import io.tollgate.scoring.VendorProfile;
import io.tollgate.vendor.VendorRepository;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Findings: unmet controls per vendor, kept in step with the vendor's control statuses ({@link #sync}), edited by
 * analysts, and answered by the vendor through the portal of the assessment the remediation request went through.
 */
@Singleton
public class FindingService {
    private static final Set<String> UNMET = Set.of("NOT_MET", "PARTIAL");
    private static final Set<String> SATISFIED = Set.of("MET", "NOT_APPLICABLE");

    private final FindingRepository findings;
    private final VendorControlStatusRepository statuses;
    private final ControlRepository controls;
    private final VendorRepository vendors;
    private final AssessmentRepository assessments;
    private final IncidentService incidents;
    private final Clock clock;
    private final ApplicationEventPublisher<FindingsChanged> changes;
    private final AuditLog audit;

    public FindingService(FindingRepository findings, VendorControlStatusRepository statuses, ControlRepository controls,
                          VendorRepository vendors, AssessmentRepository assessments, IncidentService incidents, Clock clock,
                          ApplicationEventPublisher<FindingsChanged> changes, AuditLog audit) {
        this.findings = findings;
        this.statuses = statuses;
        this.controls = controls;
        this.vendors = vendors;
        this.assessments = assessments;
        this.incidents = incidents;
        this.clock = clock;
        this.changes = changes;
        this.audit = audit;
    }

    /** A finding with the names the views show. */
    public record FindingView(Finding finding, String vendorName, Control control) {
    }

    /** What an analyst sets: status, owner and due date, with the reason and expiry some statuses need. */
    public record Change(Finding.Status status, @Nullable String owner, LocalDate dueDate,
                         @Nullable LocalDate riskAcceptedUntil, @Nullable String reason) {
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The status of the observation holding {@code today}: what findings follow, as the score does. */
    private static String statusOf(VendorControlStatus s, LocalDate today) {
        VendorControlStatus.Observation holds = s.effective(today);
        return holds == null ? "UNKNOWN" : holds.status();
    }

    /**
     * Brings the vendor's findings in line with its control statuses, inside the caller's transaction. Only status
     * rows recorded since the finding last followed them (their version moved) are applied, so a finding an analyst
     * closed by hand is not reopened by an unrelated change; a control recorded again as unmet does reopen it.
     */
    @Transactional
    public void sync(long vendorId) {
        Map<String, Finding> byControl = findings.lockByVendor(vendorId).stream()
                .collect(Collectors.toMap(Finding::controlId, Function.identity()));
        LocalDate day = today();
        List<VendorControlStatus> pending = statuses.findByVendor(vendorId).stream()
                .filter(s -> byControl.get(s.controlCode()) == null
                        ? UNMET.contains(statusOf(s, day))
                        : byControl.get(s.controlCode()).controlStatusVersion() != s.version())
                .toList();
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Control> catalogue = controls.findAllOrderByCode().stream()
                .collect(Collectors.toMap(Control::code, Function.identity()));
        // The campaigns and the vendor's platforms only matter for severity: read them only when a finding opens.
        boolean opening = pending.stream().anyMatch(s -> UNMET.contains(statusOf(s, day)));
        List<io.tollgate.scoring.Incident> campaigns = opening
                ? incidents.all().stream().map(IncidentModels::toModel).toList() : List.of();
        Optional<VendorProfile> profile = opening ? vendors.findById(vendorId).map(v -> new VendorProfile(vendorId,
                io.tollgate.scoring.VendorCategory.valueOf(v.category().name()),
                vendors.findPlatformsOf(List.of(vendorId)).stream().map(VendorLink::id).collect(Collectors.toSet())))
                : Optional.empty();
        if (opening && profile.isEmpty()) {
            return;
        }
        Instant now = Values.now(clock);
        LocalDate today = today();
        for (VendorControlStatus s : pending) {
            Finding f = byControl.get(s.controlCode());
            // vendor_control_status.assessment_id has no foreign key (V7); finding.assessment_id has one, so an id
            // whose assessment is gone is not carried over.
            VendorControlStatus.Observation holds = s.effective(today);
            String status = holds == null ? "UNKNOWN" : holds.status();
            Long fromAssessment = holds == null ? null : holds.assessmentId();
            Long assessmentId = fromAssessment != null && assessments.existsById(fromAssessment) ? fromAssessment : null;
            Control control = catalogue.get(s.controlCode());
            if (UNMET.contains(status)) {
                boolean partial = status.equals("PARTIAL");
                Finding.Severity severity = SeverityRule.severity(control.code(), control.baseWeight(), partial,
                        profile.get(), campaigns, today);
                String title = control.name() + (partial ? " only partly met" : " not met");
                if (f == null) {
                    findings.insertOpen(vendorId, control.code(), assessmentId, severity.stored(), severity.rank(),
                            title, today.plus(SeverityRule.timeToRemediate(severity)), s.version(), s.updatedBy(), now);
                    Finding opened = findings.findByVendorIdAndControlId(vendorId, control.code()).orElseThrow();
                    audit.record("finding.open", "finding", opened.id(), null, opened);
                } else if (Finding.Status.ofStored(f.status()) == Finding.Status.CLOSED) {
                    findings.reopen(f.id(), assessmentId, severity.stored(), severity.rank(), title,
                            today.plus(SeverityRule.timeToRemediate(severity)), s.version(), s.updatedBy(), now);
                    audit.record("finding.reopen", "finding", f.id(), f, findings.findById(f.id()).orElseThrow());
                } else {
                    findings.refresh(f.id(), severity.stored(), severity.rank(), title, s.version(), s.updatedBy(), now);
                }
            } else if (f != null && SATISFIED.contains(status) && Finding.Status.ofStored(f.status()) != Finding.Status.CLOSED) {
                String source = fromAssessment != null ? "assessment " + fromAssessment
                        : VendorControlStatus.OVERRIDE.equals(holds.source()) ? "analyst override"
                        : holds.source().toLowerCase(java.util.Locale.ROOT);
                findings.closeByControl(f.id(), "Control " + control.code() + " is now " + status + " (" + source + ").",
                        s.version(), s.updatedBy(), now);
                audit.record("finding.close", "finding", f.id(), f, findings.findById(f.id()).orElseThrow());
            } else if (f != null) {
                findings.follow(f.id(), s.version());
            }
        }
        changes.publishEvent(new FindingsChanged(vendorId));
    }

    @Transactional
    public Page<FindingView> list(FindingFilter filter, int page, int size, Sort sort) {
        Page<Finding> result = findings.findAll(filter.toSpecification(), Pageable.from(page, size, sort));
        List<FindingView> views = views(result.getContent());
        return Page.of(views, result.getPageable(), result.getTotalSize());
    }

    @Transactional
    public List<FindingView> listForVendor(long vendorId) {
        if (!vendors.existsById(vendorId)) {
            throw new NotFoundException("Vendor", vendorId);
        }
        return views(findings.findByVendor(vendorId));
    }

    @Transactional
    public FindingView get(long id) {
        return views(List.of(findings.findById(id).orElseThrow(() -> new NotFoundException("Finding", id)))).get(0);
    }

    /** An analyst's change. Transition rules are in {@link #validate}; {@code ifMatch} and the version guard races. */
    @Transactional
    public FindingView update(long id, long expectedVersion, @Nullable String ifMatch, Change change, String actor) {
        Finding current = findings.lock(id).orElseThrow(() -> new NotFoundException("Finding", id));
        checkVersion(current, expectedVersion, ifMatch);
        LocalDate today = today();
        Finding.Status from = current.effectiveStatus(today);
        validate(from, change, today);
        Instant now = Values.now(clock);
        String reason = Values.blankToNull(change.reason());
        Finding.Status to = change.status();
        boolean accepted = to == Finding.Status.RISK_ACCEPTED;
        boolean closed = to == Finding.Status.CLOSED;
        // An acceptance, once expired, stays on record until the next one; closing keeps its reason.
        LocalDate acceptedUntil = accepted ? change.riskAcceptedUntil()
                : to == Finding.Status.OPEN && from == Finding.Status.OPEN ? current.riskAcceptedUntil() : null;
        String acceptanceReason = accepted ? (reason != null ? reason : current.riskAcceptanceReason())
                : acceptedUntil != null ? current.riskAcceptanceReason() : null;
        String closedReason = closed ? (reason != null ? reason : current.closedReason()) : null;
        Instant closedAt = closed ? (from == Finding.Status.CLOSED ? current.closedAt() : now) : null;
        Instant openedAt = from == Finding.Status.CLOSED && !closed ? now : current.openedAt();
        int changed = findings.updateByAnalyst(id, current.version(), to.stored(), Values.blankToNull(change.owner()),
                change.dueDate(), acceptedUntil, acceptanceReason, closedReason, closedAt, openedAt, actor, now);
        if (changed == 0) {
            throw ConflictException.staleVersion("Finding", id, current.version());
        }
        changes.publishEvent(new FindingsChanged(current.vendorId()));
        FindingView after = get(id);
        audit.record(from == to ? "finding.update" : "finding.status." + to.stored(), "finding", id, current, after.finding());
        return after;
    }

    private static void validate(Finding.Status from, Change change, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Finding.Status to = change.status();
        boolean hasReason = change.reason() != null && !change.reason().isBlank();
        if (from == Finding.Status.CLOSED && to != Finding.Status.CLOSED && to != Finding.Status.OPEN) {
            errors.add(new FieldError("status", "a closed finding can only be reopened (OPEN), not set to " + to));
        }
        if (to == Finding.Status.RISK_ACCEPTED) {
            if (change.riskAcceptedUntil() == null) {
                errors.add(new FieldError("riskAcceptedUntil", "is required to accept the risk: until when is it accepted?"));
            } else if (!change.riskAcceptedUntil().isAfter(today)) {
                errors.add(new FieldError("riskAcceptedUntil", "must be after today (" + today + ")"));
            }
            if (!hasReason && from != Finding.Status.RISK_ACCEPTED) {
                errors.add(new FieldError("reason", "must not be blank: say why the risk is accepted"));
            }
        } else if (change.riskAcceptedUntil() != null) {
            errors.add(new FieldError("riskAcceptedUntil", "is only set when the status is RISK_ACCEPTED"));
        }
        if (to == Finding.Status.CLOSED && from != Finding.Status.CLOSED && !hasReason) {
            errors.add(new FieldError("reason", "must not be blank: say why the finding is closed while the control is unmet"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * Asks the vendor for a remediation plan through an assessment whose invitation token still opens the portal:
     * the one given, else the finding's own, else the vendor's most recent reachable one.
     */
    @Transactional
    public FindingView requestRemediation(long id, long expectedVersion, @Nullable Long assessmentId,
                                          @Nullable String message, String actor) {
        Finding current = findings.lock(id).orElseThrow(() -> new NotFoundException("Finding", id));
        checkVersion(current, expectedVersion, null);
        Finding.Status status = current.effectiveStatus(today());
        if (status == Finding.Status.CLOSED) {
            throw new ConflictException("Finding " + id + " is closed; reopen it before asking the vendor to remediate.");
        }
        long through;
        if (assessmentId != null) {
            Assessment a = assessments.findById(assessmentId)
                    .filter(x -> x.vendorId() == current.vendorId())
                    .orElseThrow(() -> new InvalidInputException("assessmentId",
                            "assessment " + assessmentId + " is not an assessment of this finding's vendor"));
            if (!reachable(a)) {
                throw new InvalidInputException("assessmentId", "assessment " + assessmentId
                        + " can no longer be reached by the vendor (its link expired, was revoked, or it was never sent)");
            }
            through = a.id();
        } else {
            List<Long> candidates = new ArrayList<>();
            if (current.assessmentId() != null) {
                candidates.add(current.assessmentId());
            }
            candidates.addAll(findings.findAssessmentIdsOfVendor(current.vendorId()));
            through = candidates.stream()
                    .map(assessments::findById).flatMap(Optional::stream)
                    .filter(a -> a.vendorId() == current.vendorId() && reachable(a))
                    .map(Assessment::id).findFirst()
                    .orElseThrow(() -> new InvalidInputException("assessmentId", "the vendor has no assessment whose "
                            + "portal link still works; send an assessment (or a new link) first"));
        }
        if (findings.requestRemediation(id, current.version(), through, Values.blankToNull(message), actor,
                Values.now(clock)) == 0) {
            throw ConflictException.staleVersion("Finding", id, current.version());
        }
        FindingView after = get(id);
        audit.record("finding.remediation.request", "finding", id, current, after.finding());
        return after;
    }

    /** Same rule as the portal's token check (PortalService#assessmentForToken): the vendor can still open it. */
    private boolean reachable(Assessment a) {
        return a.tokenRevokedAt() == null && a.tokenExpiresAt().isAfter(clock.instant())
                && a.status() != AssessmentStatus.DRAFT && a.status() != AssessmentStatus.EXPIRED;
    }

    /** The findings a portal token may see; see {@link FindingRepository#findRequestedThrough}. */
    @Transactional
    public List<FindingView> requestedThrough(long assessmentId) {
        return views(findings.findRequestedThrough(assessmentId));
    }

    /**
     * The vendor's plan. A finding not requested through this assessment is "not found", whatever exists under
     * that id, so a token learns nothing about other vendors' or assessments' findings.
     */
    @Transactional
    public FindingView respond(long assessmentId, long findingId, long expectedVersion, String plan, LocalDate plannedDate) {
        Finding current = findings.lock(findingId)
                .filter(f -> f.assessmentId() != null && f.assessmentId() == assessmentId && f.remediationRequestedAt() != null)
                .filter(f -> assessments.findById(assessmentId).map(a -> a.vendorId() == f.vendorId()).orElse(false))
                .orElseThrow(() -> new NotFoundException("Finding", findingId));
        LocalDate today = today();
        Finding.Status status = current.effectiveStatus(today);
        if (status == Finding.Status.CLOSED || status == Finding.Status.RISK_ACCEPTED) {
            throw new ConflictException("This finding is " + (status == Finding.Status.CLOSED ? "closed" : "accepted as a risk")
                    + " and no longer needs a remediation plan.");
        }
        if (current.version() != expectedVersion) {
            throw ConflictException.staleVersion("Finding", findingId, current.version());
        }
        List<FieldError> errors = new ArrayList<>();
        if (plan == null || plan.isBlank()) {
            errors.add(new FieldError("plan", "must not be blank: describe how the control will be met"));
        }
        if (plannedDate.isBefore(today)) {
            errors.add(new FieldError("plannedDate", "must be today (" + today + ") or later"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (findings.respond(findingId, current.version(), plan.trim(), plannedDate, "portal-assessment-" + assessmentId,
                Values.now(clock)) == 0) {
            throw ConflictException.staleVersion("Finding", findingId, current.version());
        }
        changes.publishEvent(new FindingsChanged(current.vendorId()));
        FindingView after = get(findingId);
        audit.record("finding.remediation.respond", "finding", findingId, current, after.finding());
        return after;
    }

    /** Stores the reopening of expired risk acceptances (reads already derive it); returns how many. */
    @Transactional
    public int reopenExpiredAcceptances() {
        LocalDate today = today();
        List<Finding> expired = findings.lockExpiredAcceptances(today);
        if (expired.isEmpty()) {
            return 0;
        }
        int reopened = findings.reopenExpiredAcceptances(today, Values.now(clock));
        for (Finding before : expired) {
            audit.record("finding.risk-acceptance.expire", "finding", before.id(), before,
                    findings.findById(before.id()).orElse(null));
        }
        expired.stream().map(Finding::vendorId).distinct().forEach(vendorId -> changes.publishEvent(new FindingsChanged(vendorId)));
        return reopened;
    }

    private static void checkVersion(Finding current, long expectedVersion, @Nullable String ifMatch) {
        if (ifMatch != null && !ETags.matches(ifMatch, current.version())) {
            throw new PreconditionFailedException("Finding " + current.id() + " has changed since it was read (current ETag "
                    + ETags.of(current.version()) + ").");
        }
        if (current.version() != expectedVersion) {
            throw ConflictException.staleVersion("Finding", current.id(), current.version());
        }
    }

    private List<FindingView> views(List<Finding> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = findings.findVendorNames(rows.stream().map(Finding::vendorId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(FindingRepository.VendorName::id, FindingRepository.VendorName::name));
        Map<String, Control> catalogue = controls.findAllOrderByCode().stream()
                .collect(Collectors.toMap(Control::code, Function.identity()));
        return rows.stream().map(f -> new FindingView(f, names.getOrDefault(f.vendorId(), ""), catalogue.get(f.controlId())))
                .toList();
    }
}
