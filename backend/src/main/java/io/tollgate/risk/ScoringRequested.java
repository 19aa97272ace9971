package io.tollgate.risk;

/**
 * Published inside the transaction that queues a re-score request, so this instance's worker can start on it as
 * soon as that transaction commits instead of at its next poll.
 */
public record ScoringRequested() {
}
