package io.tollgate.demo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.tollgate.api.model.AccessType;
import io.tollgate.api.model.DataCategoryCode;
import io.tollgate.api.model.VendorCategory;
import io.tollgate.api.model.VendorStatus;
import io.tollgate.api.model.VendorTier;

import java.util.List;

/** The demo portfolio as stored in {@code demo/portfolio.json}: an airline's vendors, modelled on the 2025 campaigns. */
@Serdeable
public record DemoPortfolio(List<DemoVendor> vendors) {

    @Serdeable
    public record DemoVendor(String name, String website, VendorCategory category, VendorTier tier, VendorStatus status,
                             String description, List<String> services, String businessOwner, String securityContact,
                             List<String> platforms, @Nullable Integer reviewInDays, List<DemoHolding> holdings,
                             @Nullable String externalId, @Nullable List<DemoControl> controls,
                             @Nullable List<String> aliases) {
    }

    @Serdeable
    public record DemoHolding(DataCategoryCode dataCategory, long recordCount, AccessType accessType, List<String> regions,
                              boolean vulnerableSubjects) {
    }

    /** A control status from the vendor's last review (status and evidence as the contract's enum names). */
    @Serdeable
    public record DemoControl(String controlCode, String status, @Nullable String evidence, @Nullable String reason) {
    }
}
