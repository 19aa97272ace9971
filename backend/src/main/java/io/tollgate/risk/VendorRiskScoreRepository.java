package io.tollgate.risk;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface VendorRiskScoreRepository extends GenericRepository<VendorRiskScore, Long> {

    /** One recorded change of a vendor's score or grade. */
    @Introspected
    record HistoryRow(BigDecimal score, String grade, BigDecimal residualRisk, String modelVersion, String reason,
                      Instant scoredAt) {
    }

    @Query("""
            SELECT s.*, e.explanation FROM vendor_risk_score s JOIN vendor_risk_explanation e ON e.vendor_id = s.vendor_id
             WHERE s.vendor_id = :vendorId""")
    Optional<VendorRiskScore> find(long vendorId);

    @Query("""
            INSERT INTO vendor_risk_score (vendor_id, score, grade, inherent_risk, residual_risk, likelihood, impact,
                                           control_effectiveness, indicative_loss_usd, model_version, scored_at, inputs_hash)
            VALUES (:vendorId, :score, :grade, :inherentRisk, :residualRisk, :likelihood, :impact, :controlEffectiveness,
                    :indicativeLossUsd, :modelVersion, :scoredAt, :inputsHash)
            ON DUPLICATE KEY UPDATE score = VALUES(score), grade = VALUES(grade), inherent_risk = VALUES(inherent_risk),
                residual_risk = VALUES(residual_risk), likelihood = VALUES(likelihood), impact = VALUES(impact),
                control_effectiveness = VALUES(control_effectiveness), indicative_loss_usd = VALUES(indicative_loss_usd),
                model_version = VALUES(model_version), scored_at = VALUES(scored_at), inputs_hash = VALUES(inputs_hash)""")
    void upsert(long vendorId, BigDecimal score, String grade, BigDecimal inherentRisk, BigDecimal residualRisk,
                BigDecimal likelihood, BigDecimal impact, BigDecimal controlEffectiveness, long indicativeLossUsd,
                String modelVersion, Instant scoredAt, String inputsHash);

    @Query("""
            INSERT INTO vendor_risk_explanation (vendor_id, explanation) VALUES (:vendorId, :explanation)
            ON DUPLICATE KEY UPDATE explanation = VALUES(explanation)""")
    void upsertExplanation(long vendorId, byte[] explanation);

    @Query("""
            INSERT INTO vendor_risk_score_history (vendor_id, score, grade, residual_risk, model_version, reason, scored_at)
            VALUES (:vendorId, :score, :grade, :residualRisk, :modelVersion, :reason, :scoredAt)""")
    void insertHistory(long vendorId, BigDecimal score, String grade, BigDecimal residualRisk, String modelVersion,
                       String reason, Instant scoredAt);

    @Query("""
            SELECT score, grade, residual_risk, model_version, reason, scored_at FROM vendor_risk_score_history
             WHERE vendor_id = :vendorId ORDER BY scored_at DESC, id DESC LIMIT :limit OFFSET :offset""")
    List<HistoryRow> findHistory(long vendorId, int limit, long offset);

    @Query("SELECT COUNT(*) FROM vendor_risk_score_history WHERE vendor_id = :vendorId")
    long countHistory(long vendorId);
}
