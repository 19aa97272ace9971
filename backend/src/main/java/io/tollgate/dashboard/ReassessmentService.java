package io.tollgate.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.tollgate.audit.AuditLog;
import io.tollgate.common.ConflictException;
import io.tollgate.common.NotFoundException;
import io.tollgate.common.Values;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reassessment cadence per tier and the due dates that follow from it. */
@Singleton
public class ReassessmentService {
    private static final LocalDate EPOCH = LocalDate.of(1970, 1, 1);
    private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 1, 1);

    private final ReassessmentCadenceRepository cadences;
    private final DashboardRepository dashboard;
    private final Clock clock;
    private final AuditLog audit;

    public ReassessmentService(ReassessmentCadenceRepository cadences, DashboardRepository dashboard, Clock clock, AuditLog audit) {
        this.cadences = cadences;
        this.dashboard = dashboard;
        this.clock = clock;
        this.audit = audit;
    }

    public enum State { OVERDUE, DUE_SOON, SCHEDULED, NOT_REQUIRED }

    public record Page(List<DashboardRepository.Due> items, long total) {
    }

    public List<ReassessmentCadence> cadences() {
        return cadences.findAllByRank();
    }

    /** Changes a tier's cadence and, in the same transaction, moves the due dates of all its vendors. */
    @Transactional
    public ReassessmentCadence updateCadence(String tier, int months, long expectedVersion) {
        ReassessmentCadence current = cadences.find(tier).orElseThrow(() -> new NotFoundException("Reassessment cadence", tier));
        if (current.version() != expectedVersion
                || cadences.update(tier, months, expectedVersion, Values.now(clock)) == 0) {
            throw ConflictException.staleVersion("Reassessment cadence", tier, current.version());
        }
        // The tier's rows are locked while they move, so the due-date counters get exactly their difference.
        dashboard.lockTier(tier);
        Map<LocalDate, Long> delta = new TreeMap<>();
        dashboard.dueDays(tier).forEach(d -> delta.merge(d.dueOn(), -d.vendorCount(), Long::sum));
        dashboard.moveDueDates(tier, months);
        dashboard.dueDays(tier).forEach(d -> delta.merge(d.dueOn(), d.vendorCount(), Long::sum));
        delta.forEach((day, vendors) -> {
            if (vendors != 0) {
                dashboard.addToDueDay(day, vendors);
            }
        });
        ReassessmentCadence after = cadences.find(tier).orElseThrow();
        audit.record("reassessment-cadence.update", "reassessment-cadence", tier, current, after);
        return after;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Transactional
    public Page due(@Nullable State state, int page, int size) {
        LocalDate today = today();
        LocalDate soon = today.plusDays(DashboardService.DUE_SOON_DAYS);
        LocalDate from = state == State.DUE_SOON ? today : EPOCH;
        LocalDate until = state == State.OVERDUE ? today : soon;
        if (state == State.SCHEDULED) {
            from = soon;
            until = FAR_FUTURE;
        }
        if (state == State.NOT_REQUIRED) {
            return new Page(List.of(), 0);
        }
        return new Page(dashboard.dueBetween(from, until, size, (long) page * size), dashboard.countDueBetween(from, until));
    }

    public DashboardRepository.Due forVendor(long vendorId) {
        return dashboard.due(vendorId).orElseThrow(() -> new NotFoundException("Vendor", vendorId));
    }

    public State stateOf(@Nullable LocalDate dueOn, LocalDate today) {
        if (dueOn == null) {
            return State.NOT_REQUIRED;
        }
        if (dueOn.isBefore(today)) {
            return State.OVERDUE;
        }
        return dueOn.isBefore(today.plusDays(DashboardService.DUE_SOON_DAYS)) ? State.DUE_SOON : State.SCHEDULED;
    }
}
