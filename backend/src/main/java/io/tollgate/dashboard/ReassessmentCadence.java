package io.tollgate.dashboard;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** How often vendors of a tier are reassessed (migration V17). */
@MappedEntity("reassessment_cadence")
public record ReassessmentCadence(@Id String tier, int months, long version, Instant updatedAt) {
}
