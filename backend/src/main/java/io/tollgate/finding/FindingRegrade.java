package io.tollgate.finding;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.tollgate.audit.AuditLog;
import io.tollgate.control.Control;
import io.tollgate.scoring.Incident;
import io.tollgate.scoring.VendorProfile;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Re-grades the open findings of re-scored vendors against the campaigns as they stand now, so a campaign published
 * (or fading) after a finding opened moves its severity. Called by the re-scoring, in its transaction, with the
 * inputs it already holds: one read for the whole chunk, and a write only for the findings whose severity moves.
 * <p>
 * An escalated finding gets the shorter deadline of its new severity if that comes sooner than its due date; a
 * milder one keeps its due date (a deadline is never pushed back without an analyst).
 */
@Singleton
public class FindingRegrade {
    private final FindingRepository findings;
    private final ApplicationEventPublisher<FindingsChanged> changes;
    private final AuditLog audit;

    public FindingRegrade(FindingRepository findings, ApplicationEventPublisher<FindingsChanged> changes, AuditLog audit) {
        this.findings = findings;
        this.changes = changes;
        this.audit = audit;
    }

    /** Returns how many findings changed severity. */
    public int regrade(Map<Long, VendorProfile> vendors, List<Incident> incidents, List<Control> catalogue,
                       LocalDate today, Instant now) {
        if (vendors.isEmpty()) {
            return 0;
        }
        Map<String, Control> byCode = catalogue.stream().collect(Collectors.toMap(Control::code, Function.identity()));
        Set<Long> touched = new TreeSet<>();
        int changed = 0;
        for (FindingRepository.UnclosedFinding f : findings.findUnclosed(vendors.keySet())) {
            Control control = byCode.get(f.controlId());
            VendorProfile vendor = vendors.get(f.vendorId());
            if (control == null || vendor == null) {
                continue;
            }
            Finding.Severity before = Finding.Severity.ofStored(f.severity());
            Finding.Severity after = SeverityRule.severity(control.code(), control.baseWeight(),
                    "PARTIAL".equals(f.controlStatus()), vendor, incidents, today);
            if (after == before) {
                continue;
            }
            LocalDate due = f.dueDate();
            if (after.rank() < before.rank()) {
                LocalDate sooner = today.plus(SeverityRule.timeToRemediate(after));
                due = sooner.isBefore(due) ? sooner : due;
            }
            findings.regrade(f.id(), after.stored(), after.rank(), due, now);
            audit.record("finding.regrade", "finding", f.id(), Map.of("severity", before.name(), "dueDate", f.dueDate()),
                    Map.of("severity", after.name(), "dueDate", due));
            touched.add(f.vendorId());
            changed++;
        }
        touched.forEach(vendorId -> changes.publishEvent(new FindingsChanged(vendorId)));
        return changed;
    }
}
