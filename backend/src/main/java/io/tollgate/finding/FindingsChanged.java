package io.tollgate.finding;

/**
 * A vendor's findings changed (opened, closed, re-graded, accepted, reopened). Published inside the transaction
 * that changed them, so synchronous listeners (the dashboard's counts) commit or roll back with the change.
 */
public record FindingsChanged(long vendorId) {
}
