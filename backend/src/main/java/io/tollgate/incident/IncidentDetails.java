package io.tollgate.incident;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.tollgate.api.model.DataCategoryCode;
import io.tollgate.api.model.VendorCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An incident with all of its lists, as the API shows it. The nested records are rows of the child tables. */
public record IncidentDetails(Incident incident, List<Source> sources, List<Platform> platforms,
                              List<VendorCategory> vendorCategories, List<Technique> techniques, List<Step> steps,
                              List<Attribution> attributions, List<DataCategoryCode> dataCategories) {

    public static final String ABUSED = "ABUSED";
    public static final String COMPROMISED = "COMPROMISED";

    @Introspected
    public record Source(long incidentId, String title, String url, @Nullable String publisher, @Nullable LocalDate publishedOn) {
    }

    /** A platform the campaign abuses ({@link #ABUSED}) or a vendor it compromised ({@link #COMPROMISED}). */
    @Introspected
    public record Platform(long incidentId, String name, @Nullable Long vendorId, String role) {
    }

    @Introspected
    public record Category(long incidentId, VendorCategory category) {
    }

    @Introspected
    public record Technique(long incidentId, String techniqueId, String name) {
    }

    /** One step of the attack chain, in order, with its techniques and the controls that break it. */
    public record Step(String name, @Nullable String sourceUrl, List<String> techniques, List<StepControl> controls) {
    }

    /** controlName is read with the row for display; it is ignored on input. */
    public record StepControl(String controlCode, @Nullable String controlName, BigDecimal strength) {
    }

    @Introspected
    public record Attribution(long incidentId, String actor, String confidence, String statedBy, @Nullable String sourceUrl) {
    }

    @Introspected
    public record DataCategory(long incidentId, DataCategoryCode dataCategory) {
    }

    /** Every control a step names, with its strongest breaking strength, by control code. */
    public Map<String, StepControl> exploitedControls() {
        Map<String, StepControl> strongest = new TreeMap<>();
        for (Step step : steps) {
            for (StepControl c : step.controls()) {
                strongest.merge(c.controlCode(), c, (a, b) -> a.strength().compareTo(b.strength()) >= 0 ? a : b);
            }
        }
        return strongest;
    }
}
