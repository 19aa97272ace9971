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
            SELECT score, grade, residual_risk, model_version, reason, scored_at FROM vendor_risk_score_history
             WHERE vendor_id = :vendorId ORDER BY scored_at DESC, id DESC LIMIT :limit OFFSET :offset""")
    List<HistoryRow> findHistory(long vendorId, int limit, long offset);

    @Query("SELECT COUNT(*) FROM vendor_risk_score_history WHERE vendor_id = :vendorId")
    long countHistory(long vendorId);
}
