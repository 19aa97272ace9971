package io.tollgate.incident;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.tollgate.api.model.DataCategoryCode;
import io.tollgate.api.model.VendorCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An incident with all of its lists, as the API shows it. The nested records are rows of the child tables. */
public record IncidentDetails(Incident incident, List<Source> sources, List<Platform> platforms,
                              List<VendorCategory> vendorCategories, List<Technique> techniques,
                              List<ExploitedControl> exploitedControls, List<DataCategoryCode> dataCategories) {

    @Introspected
    public record Source(long incidentId, String title, String url, @Nullable String publisher, @Nullable LocalDate publishedOn) {
    }

    @Introspected
    public record Platform(long incidentId, String name, @Nullable Long vendorId) {
    }

    @Introspected
    public record Category(long incidentId, VendorCategory category) {
    }

    @Introspected
    public record Technique(long incidentId, String techniqueId, String name) {
    }

    /** controlName is read with the row for display; it is ignored on input. */
    @Introspected
    public record ExploitedControl(long incidentId, String controlCode, @Nullable String controlName, BigDecimal relevance) {
    }

    @Introspected
    public record DataCategory(long incidentId, DataCategoryCode dataCategory) {
    }
}
