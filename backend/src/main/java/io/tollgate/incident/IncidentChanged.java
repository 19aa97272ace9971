package io.tollgate.incident;

/** Published after an incident is created or changed, inside the changing transaction (scoring re-scores on it). */
public record IncidentChanged(long incidentId) {
}
