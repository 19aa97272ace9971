package io.tollgate.vendor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import io.tollgate.api.model.VendorCategory;
import io.tollgate.api.model.VendorStatus;
import io.tollgate.api.model.VendorTier;
import jakarta.persistence.criteria.Predicate;

import java.util.ArrayList;
import java.util.List;

/** The list filters of GET /vendors; every one optional. */
public record VendorFilter(@Nullable String query, @Nullable VendorCategory category, @Nullable VendorTier tier,
                           @Nullable VendorStatus status) {

    PredicateSpecification<Vendor> toSpecification() {
        return (root, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (query != null && !query.isBlank()) {
                // The table's collation is case-insensitive, so LIKE matches regardless of case.
                String pattern = "%" + escapeLike(query.trim()) + "%";
                predicates.add(cb.or(cb.like(root.get("name"), pattern, '\\'), cb.like(root.get("website"), pattern, '\\')));
            }
            if (category != null) {
                predicates.add(cb.equal(root.get("category"), category));
            }
            if (tier != null) {
                predicates.add(cb.equal(root.get("tier"), tier));
            }
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            // No filter means no WHERE clause: an empty AND would render as "WHERE " and break the SQL.
            return predicates.isEmpty() ? null : cb.and(predicates.toArray(new Predicate[0]));
        };
    }

    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
