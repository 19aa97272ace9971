package io.tollgate.risk;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.tollgate.common.NotFoundException;
import io.tollgate.control.Control;
import io.tollgate.incident.IncidentDetails;
import io.tollgate.scoring.Explanation;
import io.tollgate.scoring.Incident;
import io.tollgate.scoring.RiskModel;
import io.tollgate.scoring.RiskScore;
import io.tollgate.scoring.ThreatMatch;
import io.tollgate.scoring.DataCategory;
import io.tollgate.scoring.Holding;
import io.tollgate.scoring.ScoringInput;
import io.tollgate.vendor.VendorLink;
import io.tollgate.vendor.VendorRepository;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one incident does to the portfolio: the vendors it touches (by category, as a targeted platform, or through
 * a platform they run on), what they hold of the data it exposes, and their score with and without it.
 */
@Singleton
public class IncidentImpactService {
    static final int MAX_VENDORS = 500;

    private final RiskInputs inputs;
    private final ExposedVendorRepository exposed;
    private final VendorRepository vendors;

    public IncidentImpactService(RiskInputs inputs, ExposedVendorRepository exposed, VendorRepository vendors) {
        this.inputs = inputs;
        this.exposed = exposed;
        this.vendors = vendors;
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    public interface ExposedVendorRepository extends GenericRepository<VendorRiskScore, Long> {
        @Query("""
                SELECT v.id FROM vendor v WHERE v.category IN (:categories) OR v.id IN (:platformIds)
                UNION
                SELECT vp.vendor_id FROM vendor_platform vp WHERE vp.platform_id IN (:platformIds)""")
        List<Long> findExposed(Collection<String> categories, Collection<Long> platformIds);
    }

    public record MissingControl(String controlCode, String controlName, String status, double strength, double pointsLost) {
    }

    public record ExposedVendor(long vendorId, String name, String category, ThreatMatch match, List<VendorLink> via,
                                long records, List<String> dataCategoriesAtRisk, RiskScore withIncident,
                                RiskScore withoutIncident, List<MissingControl> missingControls) {
        double change() {
            return withoutIncident.score() - withIncident.score();
        }
    }

    public record Impact(IncidentDetails incident, int exposedCount, List<ExposedVendor> vendors) {
    }

    /**
     * Every vendor the incident touches, scored now with and without it by the same model that stores scores: when
     * the stored scores are fresh, "with" is exactly what is stored.
     */
    @Transactional
    public Impact impact(long incidentId) {
        RiskInputs.Context context = inputs.context();
        IncidentDetails details = context.details().get(String.valueOf(incidentId));
        Incident incident = context.incident(incidentId).orElseThrow(() -> new NotFoundException("Incident", incidentId));
        Set<String> categories = incident.targetedCategories().stream().map(Enum::name).collect(Collectors.toSet());
        Set<Long> platforms = new HashSet<>(incident.targetedPlatformIds());
        platforms.addAll(incident.compromisedVendorIds());
        // IN () is not valid SQL; a value no row has keeps the query simple.
        List<Long> ids = exposed.findExposed(categories.isEmpty() ? Set.of("-") : categories,
                platforms.isEmpty() ? Set.of(-1L) : platforms).stream().distinct().toList();
        RiskInputs.Context without = context.without(incident.id());
        Map<String, Control> catalogue = context.catalogue().stream().collect(Collectors.toMap(Control::code, Function.identity()));
        Set<DataCategory> incidentData = details.dataCategories().stream().map(c -> DataCategory.valueOf(c.name()))
                .collect(Collectors.toSet());
        Map<Long, List<VendorLink>> via = ids.isEmpty() ? Map.of() : vendors.findPlatformsOf(ids).stream()
                .filter(p -> platforms.contains(p.id())).collect(Collectors.groupingBy(VendorLink::fromVendorId));
        List<ExposedVendor> vendors = inputs.read(ids, context).values().stream()
                .map(vi -> {
                    ScoringInput input = vi.input();
                    RiskScore with = context.model().score(input);
                    RiskScore withoutIt = without.model().score(input.withIncidents(without.incidents()));
                    List<String> atRisk = input.holdings().stream().map(Holding::category)
                            .filter(c -> incidentData.isEmpty() || incidentData.contains(c)).map(Enum::name).toList();
                    long records = input.holdings().stream().mapToLong(Holding::recordCount).max().orElse(0);
                    return new ExposedVendor(vi.vendorId(), vi.name(), input.vendor().category().name(),
                            RiskModel.match(input.vendor(), incident), via.getOrDefault(vi.vendorId(), List.of()), records,
                            atRisk, with, withoutIt, missing(with.explanation(), incident, catalogue));
                })
                .sorted(Comparator.comparingDouble(ExposedVendor::change).reversed()
                        .thenComparing(v -> v.withIncident().score())
                        .thenComparing(ExposedVendor::name))
                .toList();
        return new Impact(details, vendors.size(), vendors.stream().limit(MAX_VENDORS).toList());
    }

    /** The controls the incident exploits that the vendor does not fully meet, costliest first. */
    private static List<MissingControl> missing(Explanation explanation, Incident incident, Map<String, Control> catalogue) {
        return explanation.controlCosts().stream()
                .filter(c -> c.status().isMissing() && incident.strengthOf(c.controlId()) > 0)
                .map(c -> new MissingControl(c.controlId(),
                        Optional.ofNullable(catalogue.get(c.controlId())).map(Control::name).orElse(c.controlId()),
                        c.status().name(), incident.strengthOf(c.controlId()), c.pointsLost()))
                .filter(Objects::nonNull)
                .toList();
    }
}
