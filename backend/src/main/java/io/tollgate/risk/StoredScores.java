package io.tollgate.risk;

import io.micronaut.json.JsonMapper;
import io.tollgate.api.model.RiskExplanation;
import io.tollgate.scoring.RiskScore;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.List;

/**
 * The one writer of scores: the figures at their stored precision, the explanation as the contract's JSON in
 * {@link StoredExplanation}'s compressed form, and the history of changes, each as one batched statement.
 */
@Singleton
public class StoredScores {

    /** A score as it is written. */
    record Row(long vendorId, BigDecimal score, String grade, String confidence, BigDecimal inherentRisk,
               BigDecimal residualRisk, BigDecimal likelihood, BigDecimal impact, BigDecimal controlEffectiveness,
               long indicativeLossUsd, String modelVersion, String basis, byte[] explanation, String historyReason) {
    }

    private final JsonMapper json;

    public StoredScores(JsonMapper json) {
        this.json = json;
    }

    Row row(long vendorId, RiskScore s, String basis, String reason, boolean first) {
        return new Row(vendorId, decimal(s.score(), 1), s.grade().name(), s.confidence().name(),
                decimal(s.inherentRisk(), 3), decimal(s.residualRisk(), 3), decimal(s.likelihood(), 5),
                decimal(s.inherentImpact(), 3), decimal(s.controlEffectiveness(), 5), s.indicativeLossUsd(),
                s.modelVersion(), basis, pack(RiskApiModels.explanation(s.explanation())), historyReason(first, reason));
    }

    /** Writes the refreshed scores and their explanations, the history rows, and moves {@code scored_at} of the rest. */
    void write(Connection connection, List<Row> refreshed, List<Row> history, List<Long> unchanged, Timestamp at)
            throws SQLException {
        if (!refreshed.isEmpty()) {
            // The driver rewrites each batch into multi-row statements (rewriteBatchedStatements).
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO vendor_risk_score (vendor_id, score, grade, confidence, inherent_risk, residual_risk,
                                                   likelihood, impact, control_effectiveness, indicative_loss_usd,
                                                   model_version, explanation_basis, scored_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE score = VALUES(score), grade = VALUES(grade), confidence = VALUES(confidence),
                        inherent_risk = VALUES(inherent_risk), residual_risk = VALUES(residual_risk),
                        likelihood = VALUES(likelihood), impact = VALUES(impact),
                        control_effectiveness = VALUES(control_effectiveness),
                        indicative_loss_usd = VALUES(indicative_loss_usd), model_version = VALUES(model_version),
                        explanation_basis = VALUES(explanation_basis), scored_at = VALUES(scored_at)""")) {
                for (Row r : refreshed) {
                    ps.setLong(1, r.vendorId());
                    ps.setBigDecimal(2, r.score());
                    ps.setString(3, r.grade());
                    ps.setString(4, r.confidence());
                    ps.setBigDecimal(5, r.inherentRisk());
                    ps.setBigDecimal(6, r.residualRisk());
                    ps.setBigDecimal(7, r.likelihood());
                    ps.setBigDecimal(8, r.impact());
                    ps.setBigDecimal(9, r.controlEffectiveness());
                    ps.setLong(10, r.indicativeLossUsd());
                    ps.setString(11, r.modelVersion());
                    ps.setString(12, r.basis());
                    ps.setTimestamp(13, at);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            // Bound as Base64 text: the driver writes bytes into a rewritten batch one at a time as hex, which cost
            // more than compressing them, while Base64 holds no character it has to escape.
            Base64.Encoder base64 = Base64.getEncoder();
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO vendor_risk_explanation (vendor_id, explanation) VALUES (?, FROM_BASE64(?))
                    ON DUPLICATE KEY UPDATE explanation = VALUES(explanation)""")) {
                for (Row r : refreshed) {
                    ps.setLong(1, r.vendorId());
                    ps.setString(2, base64.encodeToString(r.explanation()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!history.isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO vendor_risk_score_history (vendor_id, score, grade, residual_risk, model_version, reason,
                                                           scored_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                for (Row r : history) {
                    ps.setLong(1, r.vendorId());
                    ps.setBigDecimal(2, r.score());
                    ps.setString(3, r.grade());
                    ps.setBigDecimal(4, r.residualRisk());
                    ps.setString(5, r.modelVersion());
                    ps.setString(6, r.historyReason());
                    ps.setTimestamp(7, at);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!unchanged.isEmpty()) {
            Rescoring.update(connection, "UPDATE vendor_risk_score SET scored_at = ? WHERE vendor_id IN ("
                    + RiskInputs.placeholders(unchanged.size()) + ")", concat(at, unchanged));
        }
    }

    private static List<Object> concat(Object first, List<Long> rest) {
        List<Object> all = new java.util.ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The stored explanation as the contract's shape. */
    public RiskExplanation explanation(byte[] stored) {
        try {
            return json.readValue(StoredExplanation.unpack(stored), RiskExplanation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] pack(RiskExplanation explanation) {
        try {
            return StoredExplanation.pack(json.writeValueAsBytes(explanation));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    /** "first score" on a vendor's first score, with what asked for it; long reasons are cut to the column. */
    static String historyReason(boolean first, String reason) {
        String text = first ? "first score" + (reason.equals("first score") ? "" : ": " + reason) : reason;
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
