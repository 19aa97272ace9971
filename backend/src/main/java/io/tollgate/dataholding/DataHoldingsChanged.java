package io.tollgate.dataholding;

/** Published inside the transaction that replaced a vendor's data holdings (scoring listens). */
public record DataHoldingsChanged(long vendorId) {
}
