package io.tollgate.risk;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.tollgate.common.Values;
import io.tollgate.control.Control;
import io.tollgate.scoring.AccessType;
import io.tollgate.scoring.ControlAnswer;
import io.tollgate.scoring.DataCategory;
import io.tollgate.scoring.Holding;
import io.tollgate.scoring.RiskModel;
import io.tollgate.scoring.RiskScore;
import io.tollgate.scoring.ScoringBatch;
import io.tollgate.scoring.ScoringInput;
import io.tollgate.scoring.VendorCategory;
import io.tollgate.scoring.VendorProfile;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.tollgate.finding.FindingRegrade;
import io.tollgate.integration.webhook.WebhookEvents;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Re-scores a claimed chunk of jobs, or the next chunk of a sweep, in one transaction with a fixed number of
 * statements, whatever the chunk's size: five set-based reads (vendors, platforms, holdings, control statuses packed
 * one row per vendor, stored figures), the score-only model for every vendor, then batched writes. Only vendors
 * whose stored figures change, or whose job asks for it (a change to the vendor itself), get the full model run with
 * its explanation and what-ifs; the others keep their stored explanation and only their {@code scored_at} moves. A
 * history row is written only when the score or the grade changed.
 *
 * <p>Plain JDBC through Micronaut Data's {@link JdbcOperations} (same connection and transaction): the rows are
 * read into the model's inputs directly, without an entity per row, because this runs for every vendor of the
 * portfolio after each incident change.
 */
@Singleton
public class BulkScoring {

    /** What a chunk did: vendors written, vendors only touched, jobs given back because their vendor was busy. */
    public record Outcome(int refreshed, int unchanged, List<Long> skippedJobs) {
    }

    private record Stored(BigDecimal score, String grade, BigDecimal inherentRisk, BigDecimal residualRisk,
                          BigDecimal likelihood, BigDecimal impact, BigDecimal controlEffectiveness, long loss,
                          String modelVersion) {
    }

    /** What a chunk of a sweep did, and the sweep as it now stands (null once it is done). */
    public record SweepOutcome(ScoringSweep next, int refreshed, int unchanged) {
    }

    private record Work(long vendorId, String reason, boolean refresh) {
    }

    /** Vendors scored (or found deleted), and vendors skipped because someone else holds them locked. */
    private record Scored(int refreshed, int unchanged, List<Long> done, List<Long> skipped) {
    }

    private record Moved(long vendorId, String name, Stored previous, VendorRiskScore now, String reason) {
    }

    private final JdbcOperations jdbc;
    private final VendorRiskService risk;
    private final ScoringJobRepository jobs;
    private final ScoringJobs queue;
    private final Clock clock;
    private final ApplicationEventPublisher<VendorsRiskScored> scored;
    private final WebhookEvents webhookEvents;
    private final FindingRegrade regrade;

    public BulkScoring(JdbcOperations jdbc, VendorRiskService risk, ScoringJobRepository jobs, ScoringJobs queue,
                       Clock clock, ApplicationEventPublisher<VendorsRiskScored> scored, WebhookEvents webhookEvents,
                       FindingRegrade regrade) {
        this.jdbc = jdbc;
        this.risk = risk;
        this.jobs = jobs;
        this.queue = queue;
        this.clock = clock;
        this.scored = scored;
        this.webhookEvents = webhookEvents;
        this.regrade = regrade;
    }

    /**
     * Scores the vendors of {@code claimed} (leased by {@code worker}) and completes their jobs in the same
     * transaction. Vendors someone else holds locked are skipped, never waited for (so a chunk cannot deadlock
     * with a user's change or another worker): their jobs are returned for release.
     */
    @Transactional
    public Outcome rescore(List<ScoringJob> claimed, String worker, RiskInputs.Context context) {
        Map<Long, List<ScoringJob>> byVendor = claimed.stream()
                .collect(Collectors.groupingBy(ScoringJob::vendorId, LinkedHashMap::new, Collectors.toList()));
        List<Work> work = new ArrayList<>();
        byVendor.forEach((vendorId, its) -> work.add(new Work(vendorId, its.get(0).reason(),
                its.stream().anyMatch(ScoringJob::refreshExplanation))));
        Scored result = score(work, context, null);
        List<Long> done = jobIds(byVendor, result.done());
        if (!done.isEmpty()) {
            jobs.completeAll(done, worker);
        }
        return new Outcome(result.refreshed(), result.unchanged(), jobIds(byVendor, result.skipped()));
    }

    /**
     * Scores the next chunk of {@code sweep} (leased by {@code worker}), at most {@code limit} vendors, and moves the
     * sweep's cursor past them in the same transaction, so a chunk is never scored twice nor skipped. Vendors
     * someone else holds locked are queued as jobs of their own, retried a second later.
     */
    @Transactional
    public SweepOutcome rescore(ScoringSweep sweep, String worker, RiskInputs.Context context, int limit) {
        List<Long> vendorIds = queue.nextVendors(sweep, limit);
        Selection range = sweep.scope() == null && !vendorIds.isEmpty()
                ? Selection.range(sweep.afterVendorId(), vendorIds.get(vendorIds.size() - 1)) : null;
        Scored result = score(vendorIds.stream().map(id -> new Work(id, sweep.reason(), false)).toList(), context, range);
        if (!result.skipped().isEmpty()) {
            Instant now = Values.now(clock);
            jobs.enqueueEach(result.skipped(), sweep.reason(), now.plusSeconds(1), now);
        }
        return new SweepOutcome(queue.moveOn(sweep, worker, vendorIds, limit), result.refreshed(), result.unchanged());
    }

    private static List<Long> jobIds(Map<Long, List<ScoringJob>> byVendor, List<Long> vendorIds) {
        return vendorIds.stream().flatMap(v -> byVendor.get(v).stream()).map(ScoringJob::id).toList();
    }

    /**
     * How the plain reads select the chunk's vendors: by their ids, or, for a chunk of a sweep over every vendor, by
     * the id range the chunk covers. The range reads each table as one stretch of its index; an IN list of 1,000 ids
     * made the packed control statuses' read a third slower. Rows of vendors outside the chunk (one created
     * meanwhile with an id inside the range) are read and ignored: only the chunk's vendors are scored.
     */
    private record Selection(String where, List<Long> params) {
        static Selection of(List<Long> vendorIds) {
            return new Selection("vendor_id IN (" + placeholders(vendorIds.size()) + ")", vendorIds);
        }

        static Selection range(long afterId, long upToId) {
            return new Selection("vendor_id > ? AND vendor_id <= ?", List.of(afterId, upToId));
        }
    }

    private Scored score(List<Work> work, RiskInputs.Context context, Selection range) {
        if (work.isEmpty()) {
            return new Scored(0, 0, List.of(), List.of());
        }
        Instant now = Values.now(clock);
        List<Control> catalogue = context.catalogue();
        ScoringBatch batch = ScoringBatch.prepare(context.incidents(), catalogue.stream().map(Control::code).toList(), now);
        return jdbc.execute(connection -> {
            String ids = placeholders(work.size());
            List<Long> vendorIds = work.stream().map(Work::vendorId).toList();
            Selection read = range != null ? range : Selection.of(vendorIds);
            // Locked in id order; vendors locked elsewhere are skipped, deleted ones are simply absent.
            Map<Long, VendorCategory> categories = new LinkedHashMap<>();
            Map<Long, String> names = new HashMap<>();
            query(connection, "SELECT id, category, name FROM vendor WHERE id IN (" + ids + ") ORDER BY id FOR UPDATE SKIP LOCKED",
                    vendorIds, rs -> {
                        categories.put(rs.getLong(1), VendorCategory.valueOf(rs.getString(2)));
                        names.put(rs.getLong(1), rs.getString(3));
                    });
            Map<Long, Set<Long>> platforms = new HashMap<>();
            query(connection, "SELECT vendor_id, platform_id FROM vendor_platform WHERE " + read.where(),
                    read.params(), rs -> platforms.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>()).add(rs.getLong(2)));
            Map<Long, List<Holding>> holdings = new HashMap<>();
            query(connection, """
                    SELECT vendor_id, data_category, record_count, access_type, vulnerable_subjects
                      FROM data_holding WHERE\s""" + read.where(), read.params(),
                    rs -> holdings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Holding(
                            DataCategory.valueOf(rs.getString(2)), rs.getLong(3), AccessType.valueOf(rs.getString(4)),
                            rs.getBoolean(5))));
            Answers answers = new Answers(catalogue);
            Map<Long, ControlAnswer[]> controls = new HashMap<>();
            // One packed row per vendor instead of one row per control status (36 per vendor): the driver's
            // per-row cost was the largest single part of a portfolio re-score. Codes are [A-Z0-9-] and statuses
            // and evidence are enums, so '|' and ';' cannot occur in them; the count guards against truncation.
            update(connection, "SET SESSION group_concat_max_len = " + PACKED_LIMIT, null, List.of());
            query(connection, """
                    SELECT vendor_id, COUNT(*), GROUP_CONCAT(control_code, '|', status, '|', COALESCE(evidence, '') SEPARATOR ';')
                      FROM vendor_control_status WHERE\s""" + read.where() + " GROUP BY vendor_id", read.params(), rs -> {
                        ControlAnswer[] answered = answers.unknown();
                        controls.put(rs.getLong(1), answered);
                        if (answers.recordPacked(answered, rs.getString(3)) != rs.getInt(2)) {
                            throw new IllegalStateException("packed control statuses of vendor " + rs.getLong(1) + " were cut short");
                        }
                    });
            Map<Long, Stored> stored = new HashMap<>();
            query(connection, """
                    SELECT vendor_id, score, grade, inherent_risk, residual_risk, likelihood, impact, control_effectiveness,
                           indicative_loss_usd, model_version FROM vendor_risk_score WHERE\s""" + read.where(),
                    read.params(), rs -> stored.put(rs.getLong(1), new Stored(rs.getBigDecimal(2), rs.getString(3),
                            rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                            rs.getBigDecimal(8), rs.getLong(9), rs.getString(10))));

            List<VendorRiskScore> refreshed = new ArrayList<>();
            List<Object[]> history = new ArrayList<>();
            List<Moved> moved = new ArrayList<>();
            List<Long> unchanged = new ArrayList<>();
            List<Long> done = new ArrayList<>();
            List<Long> skipped = new ArrayList<>();
            Map<Long, VendorProfile> profiles = new HashMap<>();
            for (Work w : work) {
                VendorCategory category = categories.get(w.vendorId());
                if (category == null) {
                    if (vendorExists(connection, w.vendorId())) {
                        skipped.add(w.vendorId());
                    } else {
                        done.add(w.vendorId());
                    }
                    continue;
                }
                Set<Long> platformIds = platforms.getOrDefault(w.vendorId(), Set.of());
                ControlAnswer[] answered = controls.getOrDefault(w.vendorId(), answers.unknown());
                VendorProfile profile = new VendorProfile(w.vendorId(), category, platformIds);
                profiles.put(w.vendorId(), profile);
                ScoringInput input = new ScoringInput(profile,
                        holdings.getOrDefault(w.vendorId(), List.of()), RiskInputs.exposure(category, platformIds.size()),
                        List.of(answered), context.incidents());
                ScoringBatch.Figures figures = batch.score(input);
                Stored previous = stored.get(w.vendorId());
                done.add(w.vendorId());
                if (!w.refresh() && previous != null && same(previous, figures)) {
                    unchanged.add(w.vendorId());
                    continue;
                }
                RiskScore full = RiskModel.score(input, now, whatIf -> batch.score(whatIf).score());
                VendorRiskScore row = risk.toStored(w.vendorId(), full, input, now);
                refreshed.add(row);
                if (previous == null || VendorRiskService.changed(previous.score(), previous.grade(), row)) {
                    history.add(new Object[] {w.vendorId(), row.score(), row.grade(), row.residualRisk(), row.modelVersion(),
                            VendorRiskService.historyReason(previous == null, w.reason())});
                    if (previous != null) {
                        moved.add(new Moved(w.vendorId(), names.get(w.vendorId()), previous, row, w.reason()));
                    }
                }
            }
            // Findings first, as a single change does: the finding counters are then always locked before risk cells.
            regrade.regrade(profiles, context.incidents(), catalogue, java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC), now);
            Timestamp at = Timestamp.from(now);
            writeScores(connection, refreshed, at);
            writeHistory(connection, history, at);
            // The same follow-ups as a single re-score, in this transaction, once for the whole chunk: the
            // dashboard's aggregates for every vendor written, and a webhook event for every move a subscription takes.
            if (!refreshed.isEmpty()) {
                scored.publishEvent(new VendorsRiskScored(refreshed.stream().map(VendorRiskScore::vendorId).toList()));
            }
            webhookEvents.scoresChanged(moved.stream().map(m -> new WebhookEvents.ScoreChange(m.vendorId(), m.name(),
                    m.previous().score(), m.previous().grade(), m.now().score(), m.now().grade(), m.reason())).toList());
            if (!unchanged.isEmpty()) {
                update(connection, "UPDATE vendor_risk_score SET scored_at = ? WHERE vendor_id IN (" + placeholders(unchanged.size()) + ")",
                        at, unchanged);
            }
            return new Scored(refreshed.size(), unchanged.size(), done, skipped);
        });
    }

    /** Whether the figures round to what is stored (the explanation then shows the same numbers). */
    private static boolean same(Stored s, ScoringBatch.Figures f) {
        return s.modelVersion().equals(RiskModel.MODEL_VERSION)
                && s.grade().equals(f.grade().name())
                && s.score().compareTo(VendorRiskService.decimal(f.score(), 1)) == 0
                && s.inherentRisk().compareTo(VendorRiskService.decimal(f.inherentRisk(), 3)) == 0
                && s.residualRisk().compareTo(VendorRiskService.decimal(f.residualRisk(), 3)) == 0
                && s.likelihood().compareTo(VendorRiskService.decimal(f.likelihood(), 5)) == 0
                && s.impact().compareTo(VendorRiskService.decimal(f.inherentImpact(), 3)) == 0
                && s.controlEffectiveness().compareTo(VendorRiskService.decimal(f.controlEffectiveness(), 5)) == 0
                && s.loss() == f.indicativeLossUsd();
    }

    private static boolean vendorExists(Connection connection, long vendorId) throws SQLException {
        boolean[] exists = {false};
        query(connection, "SELECT 1 FROM vendor WHERE id = ?", List.of(vendorId), rs -> exists[0] = true);
        return exists[0];
    }

    private static void writeScores(Connection connection, List<VendorRiskScore> rows, Timestamp at) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        // The driver rewrites the batch into multi-row statements (rewriteBatchedStatements).
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO vendor_risk_score (vendor_id, score, grade, inherent_risk, residual_risk, likelihood, impact,
                                               control_effectiveness, indicative_loss_usd, model_version, scored_at,
                                               inputs_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE score = VALUES(score), grade = VALUES(grade), inherent_risk = VALUES(inherent_risk),
                    residual_risk = VALUES(residual_risk), likelihood = VALUES(likelihood), impact = VALUES(impact),
                    control_effectiveness = VALUES(control_effectiveness), indicative_loss_usd = VALUES(indicative_loss_usd),
                    model_version = VALUES(model_version), scored_at = VALUES(scored_at), inputs_hash = VALUES(inputs_hash)""")) {
            for (VendorRiskScore r : rows) {
                ps.setLong(1, r.vendorId());
                ps.setBigDecimal(2, r.score());
                ps.setString(3, r.grade());
                ps.setBigDecimal(4, r.inherentRisk());
                ps.setBigDecimal(5, r.residualRisk());
                ps.setBigDecimal(6, r.likelihood());
                ps.setBigDecimal(7, r.impact());
                ps.setBigDecimal(8, r.controlEffectiveness());
                ps.setLong(9, r.indicativeLossUsd());
                ps.setString(10, r.modelVersion());
                ps.setTimestamp(11, at);
                ps.setString(12, r.inputsHash());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // Bound as Base64 text: the driver writes bytes into the rewritten batch one at a time as hex, which cost
        // more than compressing them, while Base64 holds no character it has to escape.
        java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO vendor_risk_explanation (vendor_id, explanation) VALUES (?, FROM_BASE64(?))
                ON DUPLICATE KEY UPDATE explanation = VALUES(explanation)""")) {
            for (VendorRiskScore r : rows) {
                ps.setLong(1, r.vendorId());
                ps.setString(2, base64.encodeToString(r.explanation()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeHistory(Connection connection, List<Object[]> rows, Timestamp at) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO vendor_risk_score_history (vendor_id, score, grade, residual_risk, model_version, reason, scored_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (Object[] r : rows) {
                for (int i = 0; i < r.length; i++) {
                    ps.setObject(i + 1, r[i]);
                }
                ps.setTimestamp(7, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Bytes for one vendor's packed statuses: 57 bytes at most per control, so some 70,000 controls. */
    private static final int PACKED_LIMIT = 4 * 1024 * 1024;

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection connection, String sql, Collection<Long> ids, RowReader reader) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            for (Long id : ids) {
                ps.setLong(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    private static void update(Connection connection, String sql, Timestamp at, Collection<Long> ids) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            if (at != null) {
                ps.setTimestamp(i++, at);
            }
            for (Long id : ids) {
                ps.setLong(i++, id);
            }
            ps.executeUpdate();
        }
    }

    private static String placeholders(int n) {
        return n == 0 ? "NULL" : "?" + ",?".repeat(n - 1);
    }

    /**
     * Control answers in catalogue order. Answers are immutable, so one instance per (control, status, evidence)
     * is shared by every vendor of the chunk instead of being built 36 times per vendor; it is found by the packed
     * entry's text as it stands, so an entry seen before costs one substring, not a parse.
     */
    private static final class Answers {
        /** Where an answer goes in catalogue order; index -1 for a control the catalogue no longer has. */
        private record Placed(int index, ControlAnswer answer) {
        }

        private static final Placed NOT_IN_CATALOGUE = new Placed(-1, null);

        private final List<Control> catalogue;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Placed> byEntry = new HashMap<>();
        /** One function for every entry: {@code this::place} at the call would build a new one each time. */
        private final java.util.function.Function<String, Placed> placer = this::place;
        private final ControlAnswer[] unknown;

        Answers(List<Control> catalogue) {
            this.catalogue = catalogue;
            this.unknown = new ControlAnswer[catalogue.size()];
            for (int i = 0; i < catalogue.size(); i++) {
                index.put(catalogue.get(i).code(), i);
                unknown[i] = RiskInputs.answer(catalogue.get(i), null, null);
            }
        }

        ControlAnswer[] unknown() {
            return unknown.clone();
        }

        /** Records {@code code|status|evidence;...} and returns how many entries it held. */
        int recordPacked(ControlAnswer[] answers, String packed) {
            int entries = 0;
            int start = 0;
            while (start < packed.length()) {
                int end = packed.indexOf(';', start);
                if (end < 0) {
                    end = packed.length();
                }
                Placed placed = byEntry.computeIfAbsent(packed.substring(start, end), placer);
                if (placed.index() >= 0) {
                    answers[placed.index()] = placed.answer();
                }
                entries++;
                start = end + 1;
            }
            return entries;
        }

        private Placed place(String entry) {
            int bar1 = entry.indexOf('|');
            int bar2 = entry.indexOf('|', bar1 + 1);
            Integer i = index.get(entry.substring(0, bar1));
            if (i == null) {
                return NOT_IN_CATALOGUE;
            }
            String evidence = entry.substring(bar2 + 1);
            return new Placed(i, RiskInputs.answer(catalogue.get(i), entry.substring(bar1 + 1, bar2),
                    evidence.isEmpty() ? null : evidence));
        }
    }
}
