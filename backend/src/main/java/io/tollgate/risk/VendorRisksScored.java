package io.tollgate.risk;

import java.math.BigDecimal;
import java.util.List;

/**
 * Published once by {@link Rescoring} inside the transaction that stored new scores for {@code vendorIds} (their rows
 * locked by it): the dashboard applies them to its aggregates and the webhooks queue a score-change event for each
 * move a subscription takes, in that same transaction, so neither can disagree with the scores it reports.
 *
 * @param moves the vendors whose score or grade changed from a previous score (a first score is no move)
 */
public record VendorRisksScored(List<Long> vendorIds, List<Move> moves) {

    public VendorRisksScored {
        vendorIds = List.copyOf(vendorIds);
        moves = List.copyOf(moves);
    }

    /** One vendor's score move. */
    public record Move(long vendorId, String vendorName, BigDecimal previousScore, String previousGrade,
                       BigDecimal score, String grade, String reason) {
    }
}
