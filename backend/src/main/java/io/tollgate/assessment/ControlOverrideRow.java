package io.tollgate.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/* Mapped as an entity so its mapping model is cached, not rebuilt per query (see io.tollgate.vendor.VendorLink). */
@MappedEntity
public record ControlOverrideRow(long assessmentId,
                                 String controlCode,
                                 String status,
                                 @Nullable String evidenceQuality,
                                 String reason,
                                 String overriddenBy,
                                 Instant overriddenAt) {
}
