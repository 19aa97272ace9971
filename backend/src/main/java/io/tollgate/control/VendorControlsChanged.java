package io.tollgate.control;

/**
 * Published inside the transaction that changed a vendor's control statuses (scoring listens).
 *
 * @param reason what changed, in words a score history can show, e.g. "control override C08"
 */
public record VendorControlsChanged(long vendorId, String reason) {

    public VendorControlsChanged(long vendorId) {
        this(vendorId, "control statuses changed");
    }
}
