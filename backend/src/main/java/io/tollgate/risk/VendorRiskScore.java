package io.tollgate.risk;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A vendor's current risk score as stored: the figures from {@code vendor_risk_score} (migration V8) and the
 * explanation, the API's RiskExplanation as JSON in {@link StoredExplanation}'s compressed form, from
 * {@code vendor_risk_explanation} (V36). Read only through the joined queries of {@link VendorRiskScoreRepository}.
 */
@MappedEntity("vendor_risk_score")
public record VendorRiskScore(@Id long vendorId,
                              BigDecimal score,
                              String grade,
                              String confidence,
                              BigDecimal inherentRisk,
                              BigDecimal residualRisk,
                              BigDecimal likelihood,
                              BigDecimal impact,
                              BigDecimal controlEffectiveness,
                              long indicativeLossUsd,
                              String modelVersion,
                              byte[] explanation,
                              Instant scoredAt) {
}
