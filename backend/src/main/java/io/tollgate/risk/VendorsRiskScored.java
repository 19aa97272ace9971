package io.tollgate.risk;

import java.util.List;

/**
 * Published inside the transaction of a re-score chunk that stored new scores for {@code vendorIds} (their rows
 * are locked by it), so the dashboard can apply the whole chunk in a few statements instead of a few per vendor.
 */
public record VendorsRiskScored(List<Long> vendorIds) {
}
