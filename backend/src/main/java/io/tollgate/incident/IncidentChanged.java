package io.tollgate.incident;

import java.util.Set;

/**
 * Published after an incident is created or changed, inside the changing transaction (scoring re-scores on it).
 * {@code platformIds} and {@code vendorCategories} are what it targets now together with what it targeted before
 * the change: only vendors on those platforms, those platforms themselves and vendors of those categories can have
 * their score moved by it.
 */
public record IncidentChanged(long incidentId, Set<Long> platformIds, Set<String> vendorCategories) {
}
