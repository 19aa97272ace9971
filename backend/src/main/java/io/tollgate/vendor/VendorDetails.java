package io.tollgate.vendor;

import java.util.List;

/** A vendor with its neighbours in the supply-chain graph, as the API shows it. */
public record VendorDetails(Vendor vendor, List<VendorLink> platforms, List<VendorLink> usedBy) {
}
