package io.tollgate.vendor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.QuerySpecification;
import io.tollgate.api.model.VendorCategory;
import io.tollgate.api.model.VendorStatus;
import io.tollgate.api.model.VendorTier;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The list filters of GET /vendors; every one optional. {@code platformId} keeps the vendors that use that platform. */
public record VendorFilter(@Nullable String query, @Nullable VendorCategory category, @Nullable VendorTier tier,
                           @Nullable VendorStatus status, @Nullable Long platformId) {

    QuerySpecification<Vendor> toSpecification() {
        return toSpecification(null);
    }

    /** Whether the list searches text. */
    boolean searches() {
        return query != null && !query.isBlank();
    }

    /**
     * The search as a LIKE pattern with {@code !} as its escape character, for both ways of searching: the page
     * query's LIKE and {@link VendorRepository#findIdsMatching}.
     */
    String searchPattern() {
        return "%" + query.trim().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /**
     * The filters; with {@code searchMatches} (the ids the text search matched, found beforehand) the search is that
     * list of ids instead of the LIKE, so the database reaches the few matching rows by key.
     */
    QuerySpecification<Vendor> toSpecification(@Nullable Collection<Long> searchMatches) {
        return (root, criteria, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (searchMatches != null) {
                predicates.add(root.get("id").in(searchMatches));
            } else if (searches()) {
                // The table's collation is case-insensitive, so LIKE matches regardless of case.
                String pattern = searchPattern();
                predicates.add(cb.or(cb.like(root.get("name"), pattern, '!'), cb.like(root.get("website"), pattern, '!')));
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
            if (platformId != null) {
                // Vendor maps no relation to its links, so the links are selected in a subquery (a semi-join to the database).
                Subquery<Long> users = criteria.subquery(Long.class);
                Root<VendorPlatform> link = users.from(VendorPlatform.class);
                users.select(link.get("key").get("vendorId")).where(cb.equal(link.get("key").get("platformId"), platformId));
                predicates.add(root.get("id").in(users));
            }
            // No filter means no WHERE clause: an empty AND would render as "WHERE " and break the SQL.
            return predicates.isEmpty() ? null : cb.and(predicates.toArray(new Predicate[0]));
        };
    }
}
