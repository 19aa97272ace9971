package io.tollgate.vendor;

/** Published after a vendor is created, changed or deleted, inside the changing transaction. */
public record VendorChanged(long vendorId) {
}
