package io.tollgate.risk;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.tollgate.finding.FindingRegrade;
import io.tollgate.scoring.RiskModel;
import io.tollgate.scoring.RiskScore;
import io.tollgate.scoring.VendorProfile;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one road from inputs to a stored score, for one vendor or a chunk of a thousand: lock the vendors, read their
 * inputs ({@link RiskInputs}), re-grade their open findings, run the model, write what changed, and publish one
 * {@link VendorRisksScored} event, all in one transaction with a fixed number of statements.
 *
 * <p>The model's figures are computed for every vendor; its explanation only where a stored figure changes, where the
 * catalogue or the incidents it was written against changed ({@link RiskInputs.Context#basis}), or where the work asks
 * for it (a change to the vendor itself can change the explanation without moving a figure). A vendor whose figures
 * and basis stay as stored keeps its explanation, and only its {@code scored_at} moves. A history row is written
 * on a first score and whenever the score or the grade changes.
 */
@Singleton
public class Rescoring {

    /** A vendor to re-score, why, and whether its explanation must be rewritten even if no figure moves. */
    public record Work(long vendorId, String reason, boolean refresh) {
    }

    /**
     * What a chunk did: vendors scored (or found deleted), vendors skipped because another transaction holds them, and
     * vendors whose scoring failed (filled in by a caller that retries a failed chunk in parts).
     */
    public record Outcome(List<Long> done, List<Long> skipped, List<Long> failed, int refreshed, int unchanged) {
        public Outcome plus(Outcome other) {
            return new Outcome(concat(done, other.done), concat(skipped, other.skipped), concat(failed, other.failed),
                    refreshed + other.refreshed, unchanged + other.unchanged);
        }

        private static List<Long> concat(List<Long> a, List<Long> b) {
            List<Long> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }

    /** How the vendors' rows are locked: a worker skips a vendor someone holds; a synchronous score waits for it. */
    public enum Locking { SKIP, WAIT }

    private record Stored(BigDecimal score, String grade, String confidence, BigDecimal inherentRisk,
                          BigDecimal residualRisk, BigDecimal likelihood, BigDecimal impact,
                          BigDecimal controlEffectiveness, long loss, String modelVersion, String basis) {
    }

    private final JdbcOperations jdbc;
    private final RiskInputs inputs;
    private final StoredScores scores;
    private final FindingRegrade regrade;
    private final ApplicationEventPublisher<VendorRisksScored> scored;

    public Rescoring(JdbcOperations jdbc, RiskInputs inputs, StoredScores scores, FindingRegrade regrade,
                     ApplicationEventPublisher<VendorRisksScored> scored) {
        this.jdbc = jdbc;
        this.inputs = inputs;
        this.scores = scores;
        this.regrade = regrade;
        this.scored = scored;
    }

    /** Re-scores {@code work} in one transaction, its vendors read by their ids. */
    @Transactional
    public Outcome rescore(List<Work> work, RiskInputs.Context context, Locking locking) {
        return rescore(work, null, context, locking);
    }

    /**
     * Re-scores {@code work} in one transaction; {@code range}, when given, is the id range the vendors span in a
     * sweep over every vendor (read as one stretch of each index).
     */
    @Transactional
    public Outcome rescore(List<Work> work, RiskInputs.Selection range, RiskInputs.Context context, Locking locking) {
        if (work.isEmpty()) {
            return new Outcome(List.of(), List.of(), List.of(), 0, 0);
        }
        Map<Long, Work> byVendor = new LinkedHashMap<>();
        for (Work w : work) {
            byVendor.merge(w.vendorId(), w, (a, b) -> new Work(a.vendorId(), a.reason(), a.refresh() || b.refresh()));
        }
        List<Long> vendorIds = new ArrayList<>(byVendor.keySet());
        return jdbc.execute(connection -> {
            Set<Long> locked = lock(connection, vendorIds, locking);
            List<Long> done = new ArrayList<>();
            List<Long> skipped = new ArrayList<>();
            for (Long id : vendorIds) {
                if (!locked.contains(id) && locking == Locking.SKIP && exists(connection, id)) {
                    skipped.add(id);
                } else {
                    done.add(id);   // scored, or deleted meanwhile
                }
            }
            List<Long> scoring = vendorIds.stream().filter(locked::contains).toList();
            if (scoring.isEmpty()) {
                return new Outcome(done, skipped, List.of(), 0, 0);
            }
            Map<Long, RiskInputs.VendorInput> read = inputs.read(connection, scoring,
                    range != null ? range : RiskInputs.Selection.of(scoring), context);
            Map<Long, VendorProfile> profiles = new HashMap<>();
            read.forEach((id, in) -> profiles.put(id, in.input().vendor()));
            // Findings first, as every change does: finding counters are then always locked before risk cells.
            regrade.regrade(profiles, context.incidents(), context.catalogue(),
                    LocalDate.ofInstant(context.now(), ZoneOffset.UTC), context.now());
            Map<Long, Stored> stored = stored(connection, range != null ? range : RiskInputs.Selection.of(scoring));

            RiskModel model = context.model();
            List<StoredScores.Row> refreshed = new ArrayList<>();
            List<StoredScores.Row> history = new ArrayList<>();
            List<VendorRisksScored.Move> moves = new ArrayList<>();
            List<Long> unchanged = new ArrayList<>();
            for (RiskInputs.VendorInput in : read.values()) {
                Work w = byVendor.get(in.vendorId());
                Stored previous = stored.get(in.vendorId());
                RiskModel.Figures figures = model.figures(in.input());
                if (!w.refresh() && previous != null && same(previous, figures) && previous.basis().equals(context.basis())) {
                    unchanged.add(in.vendorId());
                    continue;
                }
                RiskScore full = model.score(in.input());
                StoredScores.Row row = scores.row(in.vendorId(), full, context.basis(), w.reason(), previous == null);
                refreshed.add(row);
                if (previous == null || previous.score().compareTo(row.score()) != 0 || !previous.grade().equals(row.grade())) {
                    history.add(row);
                    if (previous != null) {
                        moves.add(new VendorRisksScored.Move(in.vendorId(), in.name(), previous.score(), previous.grade(),
                                row.score(), row.grade(), w.reason()));
                    }
                }
            }
            Timestamp at = Timestamp.from(context.now());
            scores.write(connection, refreshed, history, unchanged, at);
            if (!refreshed.isEmpty()) {
                scored.publishEvent(new VendorRisksScored(refreshed.stream().map(StoredScores.Row::vendorId).toList(), moves));
            }
            return new Outcome(done, skipped, List.of(), refreshed.size(), unchanged.size());
        });
    }

    /** Locks the vendors' rows in id order and returns those locked (deleted ones, and with SKIP busy ones, are not). */
    private static Set<Long> lock(Connection connection, List<Long> vendorIds, Locking locking) throws SQLException {
        Set<Long> locked = new LinkedHashSet<>();
        RiskInputs.query(connection, "SELECT id FROM vendor WHERE id IN (" + RiskInputs.placeholders(vendorIds.size())
                        + ") ORDER BY id FOR UPDATE" + (locking == Locking.SKIP ? " SKIP LOCKED" : ""),
                vendorIds, rs -> locked.add(rs.getLong(1)));
        return locked;
    }

    private static boolean exists(Connection connection, long vendorId) throws SQLException {
        boolean[] exists = {false};
        RiskInputs.query(connection, "SELECT 1 FROM vendor WHERE id = ?", List.of(vendorId), rs -> exists[0] = true);
        return exists[0];
    }

    private static Map<Long, Stored> stored(Connection connection, RiskInputs.Selection where) throws SQLException {
        Map<Long, Stored> stored = new HashMap<>();
        RiskInputs.query(connection, """
                SELECT vendor_id, score, grade, confidence, inherent_risk, residual_risk, likelihood, impact,
                       control_effectiveness, indicative_loss_usd, model_version, explanation_basis
                  FROM vendor_risk_score WHERE\s"""
                        + where.where(), where.params(),
                rs -> stored.put(rs.getLong(1), new Stored(rs.getBigDecimal(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9), rs.getLong(10), rs.getString(11), rs.getString(12))));
        return stored;
    }

    /** Whether the figures round to what is stored (the stored explanation then shows the same numbers). */
    private static boolean same(Stored s, RiskModel.Figures f) {
        return s.modelVersion().equals(RiskModel.MODEL_VERSION)
                && s.grade().equals(f.grade().name())
                && f.confidence().name().equals(s.confidence())
                && s.score().compareTo(StoredScores.decimal(f.score(), 1)) == 0
                && s.inherentRisk().compareTo(StoredScores.decimal(f.inherentRisk(), 3)) == 0
                && s.residualRisk().compareTo(StoredScores.decimal(f.residualRisk(), 3)) == 0
                && s.likelihood().compareTo(StoredScores.decimal(f.likelihood(), 5)) == 0
                && s.impact().compareTo(StoredScores.decimal(f.inherentImpact(), 3)) == 0
                && s.controlEffectiveness().compareTo(StoredScores.decimal(f.controlEffectiveness(), 5)) == 0
                && s.loss() == f.indicativeLossUsd();
    }

    static void update(Connection connection, String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            for (Object param : params) {
                ps.setObject(i++, param);
            }
            ps.executeUpdate();
        }
    }
}
