package io.tollgate.vendor;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/**
 * One row of {@code vendor_platform}: vendor {@code vendorId} runs on or connects to vendor {@code platformId}.
 * Mapped only so that the vendor list's filter can select from it in a subquery; the links themselves are written
 * and read through {@link VendorRepository}'s native queries.
 */
@MappedEntity("vendor_platform")
public record VendorPlatform(@EmbeddedId Key key) {

    /** Column names spelled out: a subquery's select list would otherwise prefix them with the id's name (key_). */
    @Embeddable
    public record Key(@MappedProperty("vendor_id") Long vendorId, @MappedProperty("platform_id") Long platformId) {
    }
}
