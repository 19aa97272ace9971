package io.tollgate.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import io.tollgate.api.model.IncidentSeverity;
import io.tollgate.api.model.IncidentStatus;
import jakarta.persistence.criteria.Predicate;

import java.util.ArrayList;
import java.util.List;

/** The list filters of GET /incidents; every one optional. */
public record IncidentFilter(@Nullable IncidentStatus status, @Nullable IncidentSeverity severity) {

    PredicateSpecification<Incident> toSpecification() {
        return (root, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            if (severity != null) {
                predicates.add(cb.equal(root.get("severity"), severity));
            }
            // No predicate at all: an empty AND would render as a bare "WHERE" and break the query.
            return predicates.isEmpty() ? null : cb.and(predicates.toArray(new Predicate[0]));
        };
    }
}
