package io.tollgate.dashboard;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The dashboard's maintained aggregates (migration V17) and the few small reads beside them. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface DashboardRepository extends GenericRepository<DashboardVendor, Long> {

    /** A vendor as the aggregates should count it now, read from the vendor and its stored score. */
    @Introspected
    record VendorNow(String tier, String status, LocalDate registeredOn, @Nullable String grade,
                     @Nullable BigDecimal impact, @Nullable BigDecimal likelihood, @Nullable BigDecimal score) {
    }

    @Introspected
    record CategoryCount(String dataCategory, long recordCount) {
    }

    @Introspected
    record Cell(String tier, String grade, int impactBand, int likelihoodBand, long vendorCount, BigDecimal scoreSum) {
    }

    @Introspected
    record CategoryTotal(String dataCategory, long totalRecords, long vendorCount) {
    }

    @Introspected
    record Riskiest(long vendorId, String name, String tier, BigDecimal score, String grade, BigDecimal residualRisk,
                    long totalRecords, byte[] explanation) {
    }

    @Introspected
    record Due(long vendorId, String name, String tier, @Nullable LocalDate lastAssessedOn,
               @Nullable LocalDate reassessmentDue, int months) {
    }

    @Introspected
    record Day(LocalDate day, long vendorCount, long scoredCount, BigDecimal scoreSum, long gradeA, long gradeB,
               long gradeC, long gradeD, long gradeF) {
    }

    // --- per-vendor maintenance -------------------------------------------------------------------------------

    @Query("SELECT * FROM dashboard_vendor WHERE vendor_id = :vendorId FOR UPDATE")
    Optional<DashboardVendor> lockVendor(long vendorId);

    @Query("""
            SELECT v.tier, v.status, DATE(v.created_at) AS registered_on, s.grade, s.impact, s.likelihood, s.score
              FROM vendor v LEFT JOIN vendor_risk_score s ON s.vendor_id = v.id
             WHERE v.id = :vendorId""")
    Optional<VendorNow> vendorNow(long vendorId);

    @Query("SELECT * FROM dashboard_vendor WHERE vendor_id IN (:vendorIds) ORDER BY vendor_id FOR UPDATE")
    List<DashboardVendor> lockVendors(List<Long> vendorIds);

    /** What a re-score can change of a vendor's counted state, with the tier and status it must still match. */
    @Introspected
    record ScoreNow(long vendorId, String tier, String status, LocalDate registeredOn, @Nullable String grade,
                    @Nullable BigDecimal impact, @Nullable BigDecimal likelihood, @Nullable BigDecimal score) {
    }

    @Query("""
            SELECT v.id AS vendor_id, v.tier, v.status, DATE(v.created_at) AS registered_on, s.grade, s.impact,
                   s.likelihood, s.score
              FROM vendor v LEFT JOIN vendor_risk_score s ON s.vendor_id = v.id
             WHERE v.id IN (:vendorIds)""")
    List<ScoreNow> scoresNow(List<Long> vendorIds);

    @Introspected
    record LastCompleted(long vendorId, LocalDate lastCompleted) {
    }

    @Query("""
            SELECT vendor_id, DATE(MAX(completed_at)) AS last_completed FROM assessment
             WHERE vendor_id IN (:vendorIds) AND status = 'COMPLETED' GROUP BY vendor_id""")
    List<LastCompleted> lastCompletedAssessments(List<Long> vendorIds);

    @Introspected
    record Cadence(String tier, int months) {
    }

    @Query("SELECT tier, months FROM reassessment_cadence")
    List<Cadence> cadences();

    @Query("SELECT DATE(MAX(completed_at)) FROM assessment WHERE vendor_id = :vendorId AND status = 'COMPLETED'")
    Optional<LocalDate> lastCompletedAssessment(long vendorId);

    @Query("SELECT months FROM reassessment_cadence WHERE tier = :tier")
    Optional<Integer> cadenceMonths(String tier);

    @Query("""
            INSERT INTO dashboard_vendor (vendor_id, tier, status, grade, impact_band, likelihood_band, score,
                                          last_assessed_on, reassessment_due)
            VALUES (:vendorId, :tier, :status, :grade, :impactBand, :likelihoodBand, :score, :lastAssessedOn,
                    :reassessmentDue)
            ON DUPLICATE KEY UPDATE tier = VALUES(tier), status = VALUES(status), grade = VALUES(grade),
                impact_band = VALUES(impact_band), likelihood_band = VALUES(likelihood_band), score = VALUES(score),
                last_assessed_on = VALUES(last_assessed_on), reassessment_due = VALUES(reassessment_due)""")
    void upsertVendor(long vendorId, String tier, String status, String grade, int impactBand, int likelihoodBand,
                      @Nullable BigDecimal score, @Nullable LocalDate lastAssessedOn, @Nullable LocalDate reassessmentDue);

    @Query("DELETE FROM dashboard_vendor WHERE vendor_id = :vendorId")
    void deleteVendor(long vendorId);

    @Query("""
            INSERT INTO dashboard_risk_cell (tier, grade, impact_band, likelihood_band, vendor_count, score_sum)
            VALUES (:tier, :grade, :impactBand, :likelihoodBand, :vendorDelta, :scoreDelta)
            ON DUPLICATE KEY UPDATE vendor_count = vendor_count + VALUES(vendor_count),
                                    score_sum = score_sum + VALUES(score_sum)""")
    void addToCell(String tier, String grade, int impactBand, int likelihoodBand, long vendorDelta, BigDecimal scoreDelta);

    @Query("SELECT data_category, record_count FROM dashboard_vendor_category WHERE vendor_id = :vendorId FOR UPDATE")
    List<CategoryCount> lockCountedHoldings(long vendorId);

    @Query("SELECT data_category, record_count FROM data_holding WHERE vendor_id = :vendorId")
    List<CategoryCount> currentHoldings(long vendorId);

    @Query("DELETE FROM dashboard_vendor_category WHERE vendor_id = :vendorId AND data_category = :dataCategory")
    void deleteCountedHolding(long vendorId, String dataCategory);

    @Query("""
            UPDATE dashboard_vendor_category SET record_count = :recordCount
             WHERE vendor_id = :vendorId AND data_category = :dataCategory""")
    void updateCountedHolding(long vendorId, String dataCategory, long recordCount);

    @Query("""
            INSERT INTO dashboard_vendor_category (vendor_id, data_category, record_count)
            VALUES (:vendorId, :dataCategory, :recordCount)""")
    void insertCountedHolding(long vendorId, String dataCategory, long recordCount);

    /** Open and accepted findings of one severity (1 critical .. 4 low), for one vendor or the portfolio. */
    @Introspected
    record SeverityCount(int severityRank, long openCount, long acceptedCount) {
    }

    @Query("SELECT severity_rank, open_count, accepted_count FROM dashboard_vendor_finding WHERE vendor_id = :vendorId FOR UPDATE")
    List<SeverityCount> lockCountedFindings(long vendorId);

    /** Same definition of open and accepted as V31, with today's date: an expired acceptance is open. */
    @Query("""
            SELECT severity_rank,
                   SUM(CASE WHEN status IN ('open', 'remediation_planned')
                              OR (status = 'risk_accepted' AND risk_accepted_until < :today) THEN 1 ELSE 0 END) AS open_count,
                   SUM(CASE WHEN status = 'risk_accepted' AND risk_accepted_until >= :today THEN 1 ELSE 0 END) AS accepted_count
              FROM finding
             WHERE vendor_id = :vendorId AND status <> 'closed'
             GROUP BY severity_rank""")
    List<SeverityCount> currentFindings(long vendorId, LocalDate today);

    @Query("DELETE FROM dashboard_vendor_finding WHERE vendor_id = :vendorId AND severity_rank = :severityRank")
    void deleteCountedFindings(long vendorId, int severityRank);

    @Query("""
            UPDATE dashboard_vendor_finding SET open_count = :openCount, accepted_count = :acceptedCount
             WHERE vendor_id = :vendorId AND severity_rank = :severityRank""")
    void updateCountedFindings(long vendorId, int severityRank, long openCount, long acceptedCount);

    @Query("""
            INSERT INTO dashboard_vendor_finding (vendor_id, severity_rank, open_count, accepted_count)
            VALUES (:vendorId, :severityRank, :openCount, :acceptedCount)""")
    void insertCountedFindings(long vendorId, int severityRank, long openCount, long acceptedCount);

    @Query("""
            UPDATE dashboard_finding_total SET open_count = open_count + :openDelta,
                                               accepted_count = accepted_count + :acceptedDelta
             WHERE severity_rank = :severityRank""")
    void addToFindingTotal(int severityRank, long openDelta, long acceptedDelta);

    @Query("SELECT severity_rank, open_count, accepted_count FROM dashboard_finding_total ORDER BY severity_rank")
    List<SeverityCount> findingTotals();

    @Query("""
            INSERT INTO dashboard_category (data_category, total_records, vendor_count)
            VALUES (:dataCategory, :recordDelta, :vendorDelta)
            ON DUPLICATE KEY UPDATE total_records = total_records + VALUES(total_records),
                                    vendor_count = vendor_count + VALUES(vendor_count)""")
    void addToCategory(String dataCategory, long recordDelta, long vendorDelta);

    @Query("""
            INSERT INTO dashboard_due_day (due_on, vendor_count) VALUES (:dueOn, :vendorDelta)
            ON DUPLICATE KEY UPDATE vendor_count = vendor_count + VALUES(vendor_count)""")
    void addToDueDay(LocalDate dueOn, long vendorDelta);

    /** Locks the tier's rows (under READ COMMITTED only the matching ones); returns how many. */
    @Query("SELECT COUNT(*) FROM dashboard_vendor WHERE tier = :tier FOR UPDATE")
    long lockTier(String tier);

    /** Vendors per due date in one tier. */
    @Introspected
    record DueDayCount(LocalDate dueOn, long vendorCount) {
    }

    @Query("""
            SELECT reassessment_due AS due_on, COUNT(*) AS vendor_count FROM dashboard_vendor
             WHERE tier = :tier AND reassessment_due IS NOT NULL
             GROUP BY reassessment_due""")
    List<DueDayCount> dueDays(String tier);

    /** Moves every vendor of the tier to its new due date after the tier's cadence changed. */
    @Query("""
            UPDATE dashboard_vendor d JOIN vendor v ON v.id = d.vendor_id
               SET d.reassessment_due = CASE WHEN d.reassessment_due IS NULL THEN NULL
                                             WHEN d.last_assessed_on IS NULL THEN DATE(v.created_at)
                                             ELSE DATE_ADD(d.last_assessed_on, INTERVAL :months MONTH) END
             WHERE d.tier = :tier""")
    void moveDueDates(String tier, int months);

    // --- summary reads -----------------------------------------------------------------------------------------

    @Query("SELECT * FROM dashboard_risk_cell WHERE vendor_count <> 0")
    List<Cell> cells();

    @Query("SELECT * FROM dashboard_category WHERE vendor_count <> 0 ORDER BY total_records DESC, data_category")
    List<CategoryTotal> categories();

    @Query("""
            SELECT v.id AS vendor_id, v.name, v.tier, s.score, s.grade, s.residual_risk, v.total_records, e.explanation
              FROM (SELECT vendor_id FROM vendor_risk_score ORDER BY score, vendor_id LIMIT :limit) top
              JOIN vendor_risk_score s ON s.vendor_id = top.vendor_id
              JOIN vendor_risk_explanation e ON e.vendor_id = top.vendor_id
              JOIN vendor v ON v.id = top.vendor_id
             ORDER BY s.score, s.vendor_id""")
    List<Riskiest> riskiest(int limit);

    @Query("SELECT COALESCE(SUM(vendor_count), 0) FROM dashboard_due_day WHERE due_on < :today")
    long countDueBefore(LocalDate today);

    @Query("SELECT COALESCE(SUM(vendor_count), 0) FROM dashboard_due_day WHERE due_on >= :from AND due_on < :until")
    long countDueBetween(LocalDate from, LocalDate until);

    /** The page is picked from the due-date index alone, then joined: joining first cost 2.3 s at 100k vendors. */
    @Query("""
            SELECT d.vendor_id, v.name, d.tier, d.last_assessed_on, d.reassessment_due, c.months
              FROM (SELECT vendor_id FROM dashboard_vendor
                     WHERE reassessment_due >= :from AND reassessment_due < :until
                     ORDER BY reassessment_due, vendor_id LIMIT :limit OFFSET :offset) page
              JOIN dashboard_vendor d ON d.vendor_id = page.vendor_id
              JOIN vendor v ON v.id = d.vendor_id
              JOIN reassessment_cadence c ON c.tier = d.tier
             ORDER BY d.reassessment_due, d.vendor_id""")
    List<Due> dueBetween(LocalDate from, LocalDate until, int limit, long offset);

    @Query("""
            SELECT d.vendor_id, v.name, d.tier, d.last_assessed_on, d.reassessment_due, c.months
              FROM dashboard_vendor d
              JOIN vendor v ON v.id = d.vendor_id
              JOIN reassessment_cadence c ON c.tier = d.tier
             WHERE d.vendor_id = :vendorId""")
    Optional<Due> due(long vendorId);

    @Query("""
            SELECT COUNT(*) FROM assessment
             WHERE status IN ('SENT', 'IN_PROGRESS', 'CHANGES_REQUESTED') AND due_date < :today""")
    long countOverdueAssessments(LocalDate today);

    @Query("SELECT code, name FROM control WHERE code IN (:codes)")
    List<ControlName> controlNames(List<String> codes);

    @Introspected
    record ControlName(String code, String name) {
    }

    /** What the register export adds to each vendor: its score and reassessment dates. */
    @Introspected
    record RegisterExtra(long vendorId, @Nullable BigDecimal score, @Nullable String grade,
                         @Nullable BigDecimal residualRisk, @Nullable LocalDate lastAssessedOn,
                         @Nullable LocalDate reassessmentDue) {
    }

    @Query("""
            SELECT d.vendor_id, s.score, s.grade, s.residual_risk, d.last_assessed_on, d.reassessment_due
              FROM dashboard_vendor d LEFT JOIN vendor_risk_score s ON s.vendor_id = d.vendor_id
             WHERE d.vendor_id IN (:vendorIds)""")
    List<RegisterExtra> registerExtras(List<Long> vendorIds);

    // --- daily job -------------------------------------------------------------------------------------------

    @Query("""
            INSERT INTO portfolio_score_day (day, vendor_count, scored_count, score_sum, grade_a, grade_b, grade_c,
                                             grade_d, grade_f)
            SELECT :day, COALESCE(SUM(vendor_count), 0), COALESCE(SUM(CASE WHEN grade <> '-' THEN vendor_count END), 0),
                   COALESCE(SUM(score_sum), 0),
                   COALESCE(SUM(CASE WHEN grade = 'A' THEN vendor_count END), 0),
                   COALESCE(SUM(CASE WHEN grade = 'B' THEN vendor_count END), 0),
                   COALESCE(SUM(CASE WHEN grade = 'C' THEN vendor_count END), 0),
                   COALESCE(SUM(CASE WHEN grade = 'D' THEN vendor_count END), 0),
                   COALESCE(SUM(CASE WHEN grade = 'F' THEN vendor_count END), 0)
              FROM dashboard_risk_cell
            ON DUPLICATE KEY UPDATE vendor_count = VALUES(vendor_count), scored_count = VALUES(scored_count),
                score_sum = VALUES(score_sum), grade_a = VALUES(grade_a), grade_b = VALUES(grade_b),
                grade_c = VALUES(grade_c), grade_d = VALUES(grade_d), grade_f = VALUES(grade_f)""")
    void recordDay(LocalDate day);

    @Query("SELECT * FROM portfolio_score_day WHERE day >= :from AND day < :until ORDER BY day")
    List<Day> days(LocalDate from, LocalDate until);

    /**
     * Only reminders not recorded yet are inserted: at 100,000 due vendors, passing every one of them through the
     * duplicate-key path took about 1 s of database time every hour on every instance (30 s under a re-score's
     * load); the anti-join takes 0.2 s and usually inserts nothing. The upsert stays for two instances racing.
     */
    @Query("""
            INSERT INTO reassessment_reminder (vendor_id, due_on, kind, recorded_on)
            SELECT d.vendor_id, d.reassessment_due,
                   CASE WHEN d.reassessment_due < :today THEN 'OVERDUE' ELSE 'DUE_SOON' END, :today
              FROM dashboard_vendor d
             WHERE d.reassessment_due < :soon
               AND NOT EXISTS (SELECT 1 FROM reassessment_reminder r
                                WHERE r.vendor_id = d.vendor_id AND r.due_on = d.reassessment_due
                                  AND r.kind = CASE WHEN d.reassessment_due < :today THEN 'OVERDUE' ELSE 'DUE_SOON' END)
            ON DUPLICATE KEY UPDATE recorded_on = reassessment_reminder.recorded_on""")
    void recordReminders(LocalDate today, LocalDate soon);

    @Query("SELECT COUNT(*) FROM reassessment_reminder WHERE vendor_id = :vendorId AND kind = :kind")
    long countReminders(long vendorId, String kind);
}
