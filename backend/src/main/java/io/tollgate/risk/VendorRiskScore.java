package io.tollgate.risk;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** A vendor's current risk score as stored (migration V8); explanation is the API's RiskExplanation as JSON. */
@MappedEntity("vendor_risk_score")
public record VendorRiskScore(@Id long vendorId,
                              BigDecimal score,
                              String grade,
                              BigDecimal inherentRisk,
                              BigDecimal residualRisk,
                              BigDecimal likelihood,
                              BigDecimal impact,
                              BigDecimal controlEffectiveness,
                              long indicativeLossUsd,
                              String modelVersion,
                              String explanation,
                              Instant scoredAt,
                              String inputsHash) {
}
