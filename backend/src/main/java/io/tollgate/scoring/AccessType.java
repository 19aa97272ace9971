package io.tollgate.scoring;

/**
 * How the vendor can reach the data (the contract's {@code AccessType}), with the access factor A
 * of knowledge base section 4.2.
 */
public enum AccessType {
    /** Stores the data, with bulk export or API. */
    SYSTEM_OF_RECORD(1.0),
    /** Vendor staff or an integration has bulk-capable access to our records. */
    BULK_ACCESS(0.9),
    /** Record-by-record screens only; API and export off. */
    RECORD_UI(0.6),
    /** Processes the data without keeping it. */
    TRANSIENT(0.4);

    private final double factor;

    AccessType(double factor) {
        this.factor = factor;
    }

    public double factor() {
        return factor;
    }
}
