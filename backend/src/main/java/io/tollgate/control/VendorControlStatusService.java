package io.tollgate.control;

import io.tollgate.audit.AuditLog;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.tollgate.api.model.FieldError;
import io.tollgate.common.ConflictException;
import io.tollgate.common.ETags;
import io.tollgate.common.InvalidInputException;
import io.tollgate.common.NotFoundException;
import io.tollgate.common.PreconditionFailedException;
import io.tollgate.common.Values;
import io.tollgate.vendor.VendorRepository;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Vendors' statuses on catalogue controls: written by completed assessments and by analysts' overrides. */
@Singleton
public class VendorControlStatusService {
    static final Set<String> STATUSES = Set.of("MET", "PARTIAL", "NOT_MET", "NOT_APPLICABLE", "UNKNOWN");
    static final Set<String> EVIDENCE = Set.of("SELF_ATTESTED", "DOCUMENTED", "INDEPENDENTLY_TESTED");

    private final VendorControlStatusRepository statuses;
    private final ControlRepository controls;
    private final VendorRepository vendors;
    private final ApplicationEventPublisher<VendorControlsChanged> events;
    private final Clock clock;
    private final AuditLog audit;

    public VendorControlStatusService(VendorControlStatusRepository statuses, ControlRepository controls,
                                      VendorRepository vendors, ApplicationEventPublisher<VendorControlsChanged> events,
                                      Clock clock, AuditLog audit) {
        this.audit = audit;
        this.statuses = statuses;
        this.controls = controls;
        this.vendors = vendors;
        this.events = events;
        this.clock = clock;
    }

    /** A catalogue control and what is recorded for the vendor (null when nothing is). */
    public record VendorControl(Control control, @Nullable VendorControlStatus recorded) {
    }

    /** Every catalogue control, ordered by code, with the vendor's recorded status where there is one. */
    @Transactional
    public List<VendorControl> list(long vendorId) {
        requireVendor(vendorId);
        Map<String, VendorControlStatus> recorded = statuses.findByVendor(vendorId).stream()
                .collect(Collectors.toMap(VendorControlStatus::controlCode, Function.identity()));
        return controls.findAllOrderByCode().stream()
                .map(c -> new VendorControl(c, recorded.get(c.code())))
                .toList();
    }

    /** How long a completed assessment's answers stand before their evidence ages (the usual annual reassessment). */
    public static final Period ANSWER_VALIDITY = Period.ofMonths(12);

    /**
     * Records a completed assessment's results as base observations dated {@code completedOn}, their evidence valid
     * for {@link #ANSWER_VALIDITY}. An override on a control the assessment answers is superseded (removed) unless
     * the analyst kept it at completion ({@code keptOverrides}), which re-dates it so it stays the newest.
     * Publishes {@link VendorControlsChanged} once.
     */
    @Transactional
    public void applyAssessmentResults(long vendorId, long assessmentId, List<ControlResult> results,
                                       Set<String> keptOverrides, LocalDate completedOn, String actor) {
        requireVendor(vendorId);
        validateResults(results);
        Instant now = Values.now(clock);
        Map<String, VendorControlStatus> before = statuses.findByVendor(vendorId).stream()
                .collect(Collectors.toMap(VendorControlStatus::controlCode, Function.identity()));
        List<String> superseded = new ArrayList<>();
        for (ControlResult r : results) {
            statuses.upsertObservation(vendorId, r.controlCode(), r.status(), evidenceFor(r.status(), r.evidence()),
                    VendorControlStatus.ASSESSMENT, assessmentId, completedOn, completedOn.plus(ANSWER_VALIDITY), actor, now);
            VendorControlStatus was = before.get(r.controlCode());
            if (was != null && was.hasOverride()) {
                if (keptOverrides.contains(r.controlCode())) {
                    statuses.keepOverride(vendorId, r.controlCode(), completedOn,
                            abbreviate(was.overrideReason() + " (kept at completion of assessment " + assessmentId + ")"),
                            actor, now);
                } else {
                    statuses.clearOverride(vendorId, r.controlCode(), actor, now);
                    superseded.add(r.controlCode());
                }
            }
        }
        audit.record("vendor.controls.apply-assessment", "vendor", vendorId, null,
                Map.of("assessmentId", assessmentId, "results", results, "keptOverrides", keptOverrides,
                        "supersededOverrides", superseded));
        events.publishEvent(new VendorControlsChanged(vendorId, "assessment " + assessmentId + " completed"));
    }

    /** Records observations that did not come from an assessment here ({@code source} IMPORT or DEMO). */
    @Transactional
    public void recordObservations(long vendorId, List<ControlResult> results, String source, LocalDate observedOn,
                                   @Nullable LocalDate expiresOn, String actor) {
        requireVendor(vendorId);
        validateResults(results);
        Instant now = Values.now(clock);
        for (ControlResult r : results) {
            statuses.upsertObservation(vendorId, r.controlCode(), r.status(), evidenceFor(r.status(), r.evidence()),
                    source, null, observedOn, expiresOn, actor, now);
        }
        audit.record("vendor.controls.record", "vendor", vendorId, null, Map.of("source", source, "results", results));
        events.publishEvent(new VendorControlsChanged(vendorId, source.toLowerCase(java.util.Locale.ROOT) + " observations"));
    }

    private void validateResults(List<ControlResult> results) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = new HashSet<>(controls.findExistingCodes(
                results.stream().map(ControlResult::controlCode).collect(Collectors.toSet())));
        for (int i = 0; i < results.size(); i++) {
            ControlResult r = results.get(i);
            if (!known.contains(r.controlCode())) {
                errors.add(new FieldError("[" + i + "].controlCode", "unknown control " + r.controlCode()));
            }
            validate("[" + i + "]", r.status(), r.evidence(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * An analyst's override of one control: a dated decision with a reason, applying until {@code expiresOn} (or
     * until a later completed assessment supersedes it). {@code expectedVersion} is the version last read, 0 when
     * nothing was recorded; a stale one is a conflict, a stale {@code ifMatch} a failed precondition.
     */
    @Transactional
    public VendorControl override(long vendorId, String controlCode, long expectedVersion, @Nullable String ifMatch,
                                  String status, @Nullable String evidence, String reason, @Nullable LocalDate expiresOn,
                                  String actor) {
        requireVendor(vendorId);
        Control control = controls.findById(controlCode).orElseThrow(() -> new NotFoundException("Control", controlCode));
        List<FieldError> errors = new ArrayList<>();
        validate("", status, evidence, errors);
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "must not be blank: say why the status is overridden"));
        }
        LocalDate today = LocalDate.ofInstant(Values.now(clock), ZoneOffset.UTC);
        if (expiresOn != null && expiresOn.isBefore(today)) {
            errors.add(new FieldError("expiresOn", "must not be in the past"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        VendorControlStatus before = statuses.lock(vendorId, controlCode).orElse(null);
        long current = before == null ? 0L : before.version();
        if (ifMatch != null && !ETags.matches(ifMatch, current)) {
            throw new PreconditionFailedException("The status of control " + controlCode + " for vendor " + vendorId
                    + " has changed since it was read (current ETag " + ETags.of(current) + ").");
        }
        if (current != expectedVersion) {
            throw stale(vendorId, controlCode, current);
        }
        Instant now = Values.now(clock);
        try {
            statuses.upsertOverride(vendorId, controlCode, status, evidenceFor(status, evidence), reason.trim(), expiresOn,
                    today, actor, now);
        } catch (RuntimeException e) {
            if (current == 0 && isDuplicateKey(e)) {
                throw stale(vendorId, controlCode, 1);  // someone recorded a status between our read and insert
            }
            throw e;
        }
        VendorControlStatus after = statuses.lock(vendorId, controlCode).orElseThrow();
        if (after.version() != current + 1) {
            throw stale(vendorId, controlCode, after.version() - 1);
        }
        events.publishEvent(new VendorControlsChanged(vendorId, "control override " + controlCode));
        audit.record("vendor.control.override", "vendor-control", vendorId + "/" + controlCode, before, after);
        return new VendorControl(control, after);
    }

    /**
     * Removes overrides that expired before {@code today} (at most {@code limit}), each vendor's in one change, so
     * its findings and score follow the observation beneath; returns how many were removed.
     */
    @Transactional
    public int clearExpiredOverrides(LocalDate today, int limit) {
        List<VendorControlStatus> expired = statuses.findExpiredOverrides(today, limit);
        Instant now = Values.now(clock);
        Map<Long, List<String>> byVendor = new java.util.TreeMap<>();
        for (VendorControlStatus s : expired) {
            statuses.clearOverride(s.vendorId(), s.controlCode(), "system", now);
            byVendor.computeIfAbsent(s.vendorId(), k -> new ArrayList<>()).add(s.controlCode());
        }
        byVendor.forEach((vendorId, codes) -> {
            audit.record("vendor.controls.override-expired", "vendor", vendorId, null, Map.of("controls", codes));
            events.publishEvent(new VendorControlsChanged(vendorId, "override expired: " + String.join(", ", codes)));
        });
        return expired.size();
    }

    private static String abbreviate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }

    /**
     * Per vendor, the controls evidenced as met on {@code today}: the observation holding is MET with documented or
     * independently tested evidence whose validity has not run out. A follow-up has nothing to ask about them.
     */
    @Transactional
    public Map<Long, Set<String>> evidencedMet(java.util.Collection<Long> vendorIds, LocalDate today) {
        Map<Long, Set<String>> met = new java.util.HashMap<>();
        if (vendorIds.isEmpty()) {
            return met;
        }
        for (VendorControlStatus s : statuses.findByVendors(vendorIds)) {
            VendorControlStatus.Observation holds = s.effective(today);
            if (holds != null && "MET".equals(holds.status()) && holds.evidence() != null
                    && !"SELF_ATTESTED".equals(holds.evidence())
                    && (holds.expiresOn() == null || !holds.expiresOn().isBefore(today))) {
                met.computeIfAbsent(s.vendorId(), k -> new java.util.TreeSet<>()).add(s.controlCode());
            }
        }
        return met;
    }

    private void requireVendor(long vendorId) {
        if (!vendors.existsById(vendorId)) {
            throw new NotFoundException("Vendor", vendorId);
        }
    }

    private static void validate(String prefix, String status, @Nullable String evidence, List<FieldError> errors) {
        String dot = prefix.isEmpty() ? "" : ".";
        if (status == null || !STATUSES.contains(status)) {
            errors.add(new FieldError(prefix + dot + "status", "must be one of " + STATUSES));
            return;
        }
        if (evidence != null && !EVIDENCE.contains(evidence)) {
            errors.add(new FieldError(prefix + dot + "evidence", "must be one of " + EVIDENCE));
        } else if (evidence == null && (status.equals("MET") || status.equals("PARTIAL"))) {
            errors.add(new FieldError(prefix + dot + "evidence", "is required when the status is " + status));
        }
    }

    /** Evidence only means something for a status that earns credit; it is not stored for the others. */
    @Nullable
    private static String evidenceFor(String status, @Nullable String evidence) {
        return status.equals("MET") || status.equals("PARTIAL") ? evidence : null;
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static ConflictException stale(long vendorId, String controlCode, long currentVersion) {
        return new ConflictException("The status of control " + controlCode + " for vendor " + vendorId
                + " was changed by someone else (current version " + currentVersion + "). Reload it and apply your change again.");
    }
}
