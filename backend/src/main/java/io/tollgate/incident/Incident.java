package io.tollgate.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.tollgate.api.model.IncidentSeverity;
import io.tollgate.api.model.IncidentStatus;

import java.time.Instant;
import java.time.LocalDate;

/** An incident or threat campaign as stored; its lists live in child tables (see {@link IncidentDetails}). */
@MappedEntity("incident")
public record Incident(@Id @GeneratedValue Long id,
                       String slug,
                       String name,
                       @Nullable String threatActor,
                       @Nullable LocalDate firstSeen,
                       @Nullable LocalDate lastSeen,
                       @Nullable LocalDate publishedOn,
                       String summary,
                       IncidentSeverity severity,
                       IncidentStatus status,
                       long version,
                       Instant createdAt,
                       Instant updatedAt) {
}
