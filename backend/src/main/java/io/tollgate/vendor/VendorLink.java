package io.tollgate.vendor;

import io.micronaut.core.annotation.Introspected;
import io.tollgate.api.model.VendorCategory;

/** One edge of the supply-chain graph: {@code fromVendorId} runs on or connects to vendor {@code id}. */
@Introspected
public record VendorLink(Long fromVendorId, Long id, String name, VendorCategory category) {
}
