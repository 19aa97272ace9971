package io.tollgate.dashboard;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.tollgate.control.VendorControlsChanged;
import io.tollgate.dataholding.DataHoldingsChanged;
import io.tollgate.finding.FindingsChanged;
import io.tollgate.risk.VendorRisksScored;
import io.tollgate.vendor.VendorChanged;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Keeps the dashboard's aggregates in step with vendors, scores, data holdings and completed assessments, inside
 * the transaction that changed them (the listeners run synchronously in the publisher's transaction, which already
 * holds the vendor's row lock). Each vendor's counted state is kept in {@code dashboard_vendor} and
 * {@code dashboard_vendor_category}; a change applies the difference to the shared counters. Counter rows are
 * always touched in key order, categories before risk cells, so concurrent writers cannot deadlock on them.
 */
@Singleton
public class DashboardAggregates {
    static final String NOT_SCORED = "-";
    private static final List<String> NO_REASSESSMENT = List.of("PROSPECT", "OFFBOARDED");

    private final DashboardRepository repository;
    private final JdbcOperations jdbc;
    private final Clock clock;

    public DashboardAggregates(DashboardRepository repository, JdbcOperations jdbc, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @EventListener
    void onVendorChanged(VendorChanged event) {
        refreshHoldings(event.vendorId());
        refreshVendor(event.vendorId());
        // A deleted vendor's findings went with it (ON DELETE CASCADE): this subtracts them.
        refreshFindings(event.vendorId());
    }

    @EventListener
    void onFindingsChanged(FindingsChanged event) {
        refreshFindings(event.vendorId());
    }

    @EventListener
    void onDataHoldingsChanged(DataHoldingsChanged event) {
        refreshHoldings(event.vendorId());
    }

    @EventListener
    void onScored(VendorRisksScored event) {
        refreshScores(event.vendorIds());
    }

    /** Completing an assessment sets control statuses: the last-assessed date (and so the due date) moves. */
    @EventListener
    void onVendorControlsChanged(VendorControlsChanged event) {
        refreshVendor(event.vendorId());
    }

    /** A risk cell's key; ordered so that counter rows are always locked in the same order. */
    record CellKey(String tier, String grade, int impactBand, int likelihoodBand) implements Comparable<CellKey> {
        private static final Comparator<CellKey> ORDER = Comparator.comparing(CellKey::tier).thenComparing(CellKey::grade)
                .thenComparingInt(CellKey::impactBand).thenComparingInt(CellKey::likelihoodBand);

        @Override
        public int compareTo(CellKey other) {
            return ORDER.compare(this, other);
        }
    }

    void refreshVendor(long vendorId) {
        Optional<DashboardVendor> counted = repository.lockVendor(vendorId);
        Optional<DashboardRepository.VendorNow> now = repository.vendorNow(vendorId);
        if (now.isEmpty()) {
            counted.ifPresent(old -> {
                repository.addToCell(old.tier(), old.grade(), old.impactBand(), old.likelihoodBand(), -1, negate(old.score()));
                moveDueDay(old.reassessmentDue(), null);
                repository.deleteVendor(vendorId);
            });
            return;
        }
        DashboardRepository.VendorNow v = now.get();
        CellKey key = cell(v.tier(), v.grade(), v.impact(), v.likelihood());
        LocalDate lastAssessed = repository.lastCompletedAssessment(vendorId).orElse(null);
        LocalDate due = dueDate(v.status(), v.registeredOn(), lastAssessed,
                repository.cadenceMonths(v.tier()).orElseThrow());

        Map<CellKey, BigDecimal[]> deltas = new TreeMap<>();
        counted.ifPresent(old -> deltas.merge(cellOf(old),
                new BigDecimal[]{BigDecimal.ONE.negate(), negate(old.score())}, DashboardAggregates::sum));
        deltas.merge(key, new BigDecimal[]{BigDecimal.ONE, orZero(v.score())}, DashboardAggregates::sum);
        deltas.forEach((cell, delta) -> {
            if (delta[0].signum() != 0 || delta[1].signum() != 0) {
                repository.addToCell(cell.tier(), cell.grade(), cell.impactBand(), cell.likelihoodBand(),
                        delta[0].longValueExact(), delta[1]);
            }
        });
        moveDueDay(counted.map(DashboardVendor::reassessmentDue).orElse(null), due);
        repository.upsertVendor(vendorId, key.tier(), v.status(), key.grade(), key.impactBand(), key.likelihoodBand(),
                v.score(), lastAssessed, due);
    }

    /** The cell a vendor is counted in now. */
    private static CellKey cellOf(DashboardVendor vendor) {
        return new CellKey(vendor.tier(), vendor.grade(), vendor.impactBand(), vendor.likelihoodBand());
    }

    private static CellKey cell(String tier, String grade, BigDecimal impact, BigDecimal likelihood) {
        boolean scored = grade != null;
        return new CellKey(tier, scored ? grade : NOT_SCORED,
                scored ? band(impact.doubleValue() / 20.0) : 0, scored ? band(likelihood.doubleValue() * 5.0) : 0);
    }

    /**
     * A re-score chunk's new scores in a fixed number of statements, whatever the chunk's size: one locking read
     * of the counted rows, one read of the vendors and their scores, one update per risk cell and due day that
     * moved, and one batch each for the counted rows. Every counter row of the chunk is locked once, in key order,
     * as everywhere (a second claimer's chunk then waits for it instead of deadlocking). A score changes only the
     * grade, the cell and the score; a vendor the dashboard has not counted yet, or not with its current tier or
     * status, is counted afresh, its reassessment due date included.
     */
    void refreshScores(List<Long> vendorIds) {
        List<Long> ids = vendorIds.stream().distinct().sorted().toList();
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, DashboardVendor> counted = repository.lockVendors(ids).stream()
                .collect(Collectors.toMap(DashboardVendor::vendorId, c -> c));
        Map<Long, DashboardRepository.ScoreNow> now = repository.scoresNow(ids).stream()
                .collect(Collectors.toMap(DashboardRepository.ScoreNow::vendorId, n -> n));
        List<Long> recount = ids.stream().filter(id -> now.containsKey(id) && !countedAsIs(counted.get(id), now.get(id))).toList();
        Map<Long, LocalDate> lastAssessed = new HashMap<>();
        Map<String, Integer> cadence = new HashMap<>();
        if (!recount.isEmpty()) {
            repository.lastCompletedAssessments(recount).forEach(a -> lastAssessed.put(a.vendorId(), a.lastCompleted()));
            repository.cadences().forEach(c -> cadence.put(c.tier(), c.months()));
        }
        Map<CellKey, BigDecimal[]> cells = new TreeMap<>();
        Map<LocalDate, Long> dueDays = new TreeMap<>();
        List<DashboardVendor> rescored = new ArrayList<>();
        List<DashboardVendor> recounted = new ArrayList<>();
        for (long id : ids) {
            DashboardVendor old = counted.get(id);
            DashboardRepository.ScoreNow v = now.get(id);
            if (v == null) {
                continue; // deleted: the deleting transaction, which needed the vendor's lock, subtracts it
            }
            CellKey after = cell(v.tier(), v.grade(), v.impact(), v.likelihood());
            if (countedAsIs(old, v) && after.equals(cellOf(old)) && Objects.equals(old.score(), v.score())) {
                continue; // counted as it is
            }
            if (old != null) {
                cells.merge(cellOf(old),
                        new BigDecimal[]{BigDecimal.ONE.negate(), negate(old.score())}, DashboardAggregates::sum);
            }
            cells.merge(after, new BigDecimal[]{BigDecimal.ONE, orZero(v.score())}, DashboardAggregates::sum);
            if (countedAsIs(old, v)) {
                rescored.add(new DashboardVendor(id, v.tier(), v.status(), after.grade(), after.impactBand(),
                        after.likelihoodBand(), v.score(), old.lastAssessedOn(), old.reassessmentDue()));
                continue;
            }
            LocalDate last = lastAssessed.get(id);
            LocalDate due = dueDate(v.status(), v.registeredOn(), last, cadence.get(v.tier()));
            if (old != null && old.reassessmentDue() != null) {
                dueDays.merge(old.reassessmentDue(), -1L, Long::sum);
            }
            if (due != null) {
                dueDays.merge(due, 1L, Long::sum);
            }
            recounted.add(new DashboardVendor(id, v.tier(), v.status(), after.grade(), after.impactBand(),
                    after.likelihoodBand(), v.score(), last, due));
        }
        cells.forEach((cell, delta) -> {
            if (delta[0].signum() != 0 || delta[1].signum() != 0) {
                repository.addToCell(cell.tier(), cell.grade(), cell.impactBand(), cell.likelihoodBand(),
                        delta[0].longValueExact(), delta[1]);
            }
        });
        dueDays.forEach((day, delta) -> {
            if (delta != 0) {
                repository.addToDueDay(day, delta);
            }
        });
        // JDBC batches, which the driver sends as one round trip each: Micronaut Data has no batch form of a
        // statement given by @Query, and one repository call per row is the cost this method exists to avoid.
        if (!rescored.isEmpty()) {
            jdbc.prepareStatement("""
                    UPDATE dashboard_vendor SET grade = ?, impact_band = ?, likelihood_band = ?, score = ?
                     WHERE vendor_id = ?""", (PreparedStatement ps) -> {
                for (DashboardVendor row : rescored) {
                    ps.setString(1, row.grade());
                    ps.setInt(2, row.impactBand());
                    ps.setInt(3, row.likelihoodBand());
                    ps.setBigDecimal(4, row.score());
                    ps.setLong(5, row.vendorId());
                    ps.addBatch();
                }
                return ps.executeBatch();
            });
        }
        if (!recounted.isEmpty()) {
            jdbc.prepareStatement("""
                    INSERT INTO dashboard_vendor (vendor_id, tier, status, grade, impact_band, likelihood_band, score,
                                                  last_assessed_on, reassessment_due)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE tier = VALUES(tier), status = VALUES(status), grade = VALUES(grade),
                        impact_band = VALUES(impact_band), likelihood_band = VALUES(likelihood_band), score = VALUES(score),
                        last_assessed_on = VALUES(last_assessed_on), reassessment_due = VALUES(reassessment_due)""",
                    (PreparedStatement ps) -> {
                        for (DashboardVendor row : recounted) {
                            ps.setLong(1, row.vendorId());
                            ps.setString(2, row.tier());
                            ps.setString(3, row.status());
                            ps.setString(4, row.grade());
                            ps.setInt(5, row.impactBand());
                            ps.setInt(6, row.likelihoodBand());
                            ps.setBigDecimal(7, row.score());
                            ps.setObject(8, row.lastAssessedOn());
                            ps.setObject(9, row.reassessmentDue());
                            ps.addBatch();
                        }
                        return ps.executeBatch();
                    });
        }
    }

    /** Whether the dashboard counts the vendor with its current tier and status (only its score may differ). */
    private static boolean countedAsIs(DashboardVendor old, DashboardRepository.ScoreNow v) {
        return old != null && old.tier().equals(v.tier()) && old.status().equals(v.status());
    }

    /** Moves one vendor between due-date counters; the earlier date's row is locked first, as everywhere. */
    private void moveDueDay(LocalDate before, LocalDate after) {
        if (Objects.equals(before, after)) {
            return;
        }
        TreeMap<LocalDate, Long> deltas = new TreeMap<>();
        if (before != null) {
            deltas.merge(before, -1L, Long::sum);
        }
        if (after != null) {
            deltas.merge(after, 1L, Long::sum);
        }
        deltas.forEach(repository::addToDueDay);
    }

    void refreshHoldings(long vendorId) {
        Map<String, Long> counted = repository.lockCountedHoldings(vendorId).stream()
                .collect(Collectors.toMap(DashboardRepository.CategoryCount::dataCategory,
                        DashboardRepository.CategoryCount::recordCount));
        Map<String, Long> current = repository.currentHoldings(vendorId).stream()
                .collect(Collectors.toMap(DashboardRepository.CategoryCount::dataCategory,
                        DashboardRepository.CategoryCount::recordCount));
        if (counted.equals(current)) {
            return;
        }
        TreeSet<String> categories = new TreeSet<>(counted.keySet());
        categories.addAll(current.keySet());
        for (String category : categories) {
            Long before = counted.get(category);
            Long after = current.get(category);
            long records = (after == null ? 0 : after) - (before == null ? 0 : before);
            long vendors = (after == null ? 0 : 1) - (before == null ? 0 : 1);
            if (records != 0 || vendors != 0) {
                repository.addToCategory(category, records, vendors);
            }
        }
        // Counted rows change in place, by primary key: deleting and re-inserting the same keys would make the
        // inserts' duplicate checks lock the gaps beside them.
        for (String category : categories) {
            Long before = counted.get(category);
            Long after = current.get(category);
            if (after == null) {
                repository.deleteCountedHolding(vendorId, category);
            } else if (before == null) {
                repository.insertCountedHolding(vendorId, category, after);
            } else if (!before.equals(after)) {
                repository.updateCountedHolding(vendorId, category, after);
            }
        }
    }

    void refreshFindings(long vendorId) {
        // Findings of one vendor can change in two transactions at once (two controls overridden together), and
        // its counted rows may not exist yet: the vendor's dashboard row, which every vendor has, serialises them.
        repository.lockVendor(vendorId);
        Map<Integer, DashboardRepository.SeverityCount> counted = repository.lockCountedFindings(vendorId).stream()
                .collect(Collectors.toMap(DashboardRepository.SeverityCount::severityRank, c -> c));
        Map<Integer, DashboardRepository.SeverityCount> current = repository.currentFindings(vendorId, today()).stream()
                .filter(c -> c.openCount() != 0 || c.acceptedCount() != 0)
                .collect(Collectors.toMap(DashboardRepository.SeverityCount::severityRank, c -> c));
        if (counted.equals(current)) {
            return;
        }
        TreeSet<Integer> ranks = new TreeSet<>(counted.keySet());
        ranks.addAll(current.keySet());
        for (int rank : ranks) { // in key order, so concurrent writers lock the counter rows in the same order
            DashboardRepository.SeverityCount before = counted.get(rank);
            DashboardRepository.SeverityCount after = current.get(rank);
            long open = (after == null ? 0 : after.openCount()) - (before == null ? 0 : before.openCount());
            long accepted = (after == null ? 0 : after.acceptedCount()) - (before == null ? 0 : before.acceptedCount());
            if (open != 0 || accepted != 0) {
                repository.addToFindingTotal(rank, open, accepted);
            }
        }
        for (int rank : ranks) { // in place, by primary key, as for the holdings
            DashboardRepository.SeverityCount after = current.get(rank);
            if (after == null) {
                repository.deleteCountedFindings(vendorId, rank);
            } else if (!counted.containsKey(rank)) {
                repository.insertCountedFindings(vendorId, rank, after.openCount(), after.acceptedCount());
            } else if (!after.equals(counted.get(rank))) {
                repository.updateCountedFindings(vendorId, rank, after.openCount(), after.acceptedCount());
            }
        }
    }

    /**
     * Last completed assessment + the tier's cadence; a vendor never assessed is due from the day it was registered.
     * Prospects and offboarded vendors need no reassessment (null).
     */
    static LocalDate dueDate(String status, LocalDate registeredOn, LocalDate lastAssessed, int months) {
        if (NO_REASSESSMENT.contains(status)) {
            return null;
        }
        return lastAssessed == null ? registeredOn : lastAssessed.plusMonths(months);
    }

    /** Band 1-5 of a value scaled to 0..5 (impact / 20, likelihood x 5); the top edge belongs to band 5. */
    static int band(double scaled) {
        return Math.max(1, Math.min(5, (int) Math.floor(scaled) + 1));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(1, RoundingMode.UNNECESSARY) : value;
    }

    private static BigDecimal negate(BigDecimal value) {
        return orZero(value).negate();
    }

    private static BigDecimal[] sum(BigDecimal[] a, BigDecimal[] b) {
        return new BigDecimal[]{a[0].add(b[0]), a[1].add(b[1])};
    }
}
