package io.tollgate.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the dashboard aggregates currently count for one vendor (migration V17). grade "-" = not scored. */
@MappedEntity("dashboard_vendor")
public record DashboardVendor(@Id long vendorId,
                              String tier,
                              String status,
                              String grade,
                              int impactBand,
                              int likelihoodBand,
                              @Nullable BigDecimal score,
                              @Nullable LocalDate lastAssessedOn,
                              @Nullable LocalDate reassessmentDue) {
}
