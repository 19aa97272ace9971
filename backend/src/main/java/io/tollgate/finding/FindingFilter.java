package io.tollgate.finding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The list filters of GET /findings, every one optional. Status and overdue follow {@link Finding#effectiveStatus}:
 * a risk acceptance that expired before {@code today} counts as open.
 */
public record FindingFilter(@Nullable Finding.Status status, @Nullable Finding.Severity severity, @Nullable Long vendorId,
                            boolean overdue, LocalDate today) {

    PredicateSpecification<Finding> toSpecification() {
        return (root, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (status != null) {
                predicates.add(hasStatus(root, cb, status));
            }
            if (severity != null) {
                predicates.add(cb.equal(root.get("severity"), severity.stored()));
            }
            if (vendorId != null) {
                predicates.add(cb.equal(root.get("vendorId"), vendorId));
            }
            if (overdue) {
                predicates.add(cb.lessThan(root.get("dueDate"), today));
                predicates.add(cb.or(hasStatus(root, cb, Finding.Status.OPEN), hasStatus(root, cb, Finding.Status.REMEDIATION_PLANNED)));
            }
            // No filter means no WHERE clause: an empty AND would render as "WHERE " and break the SQL.
            return predicates.isEmpty() ? null : cb.and(predicates.toArray(new Predicate[0]));
        };
    }

    private Predicate hasStatus(Root<Finding> root, CriteriaBuilder cb, Finding.Status wanted) {
        Predicate stored = cb.equal(root.get("status"), wanted.stored());
        Predicate accepted = cb.equal(root.get("status"), Finding.Status.RISK_ACCEPTED.stored());
        return switch (wanted) {
            case OPEN -> cb.or(stored, cb.and(accepted, cb.lessThan(root.get("riskAcceptedUntil"), today)));
            case RISK_ACCEPTED -> cb.and(stored, cb.greaterThanOrEqualTo(root.get("riskAcceptedUntil"), today));
            default -> stored;
        };
    }
}
