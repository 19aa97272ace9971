package io.tollgate.control;

/** Published inside the transaction that changed a vendor's control statuses (scoring listens). */
public record VendorControlsChanged(long vendorId) {
}
