package io.tollgate.risk;

/** Published inside the transaction that stored a vendor's new score (the dashboard's aggregates listen). */
public record VendorRiskScored(long vendorId) {
}
