package io.tollgate.vendor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.tollgate.api.model.VendorCategory;
import io.tollgate.api.model.VendorStatus;
import io.tollgate.api.model.VendorTier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A vendor as stored. The holding summary (totalRecords, dataCategoryCount, holdingsVersion) is
 * written only by the data-holdings feature; {@link VendorRepository#updateDetails} never touches it.
 */
@MappedEntity("vendor")
public record Vendor(@Id @GeneratedValue Long id,
                     String name,
                     String website,
                     VendorCategory category,
                     VendorTier tier,
                     int tierRank,
                     VendorStatus status,
                     @Nullable String description,
                     @Nullable @TypeDef(type = DataType.JSON) List<String> services,
                     @Nullable String businessOwner,
                     @Nullable String securityContact,
                     @Nullable LocalDate nextReviewDate,
                     @Nullable String externalId,
                     long totalRecords,
                     int dataCategoryCount,
                     long holdingsVersion,
                     long version,
                     Instant createdAt,
                     Instant updatedAt) {

    /** Sort key for the tier: 1 (critical) to 4 (low), so ascending order puts critical vendors first. */
    static int rankOf(VendorTier tier) {
        return switch (tier) {
            case CRITICAL -> 1;
            case HIGH -> 2;
            case MEDIUM -> 3;
            case LOW -> 4;
        };
    }
}
