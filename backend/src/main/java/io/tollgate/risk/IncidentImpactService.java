package io.tollgate.risk;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.tollgate.common.NotFoundException;
import io.tollgate.control.Control;
import io.tollgate.dataholding.DataHolding;
import io.tollgate.incident.IncidentDetails;
import io.tollgate.scoring.Explanation;
import io.tollgate.scoring.Incident;
import io.tollgate.scoring.RiskModel;
import io.tollgate.scoring.RiskScore;
import io.tollgate.scoring.ThreatMatch;
import io.tollgate.vendor.VendorLink;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
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
    private final Clock clock;

    public IncidentImpactService(RiskInputs inputs, ExposedVendorRepository exposed, Clock clock) {
        this.inputs = inputs;
        this.exposed = exposed;
        this.clock = clock;
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    public interface ExposedVendorRepository extends GenericRepository<VendorRiskScore, Long> {
        @Query("""
                SELECT v.id FROM vendor v WHERE v.category IN (:categories) OR v.id IN (:platformIds)
                UNION
                SELECT vp.vendor_id FROM vendor_platform vp WHERE vp.platform_id IN (:platformIds)""")
        List<Long> findExposed(Collection<String> categories, Collection<Long> platformIds);
    }

    public record MissingControl(String controlCode, String controlName, String status, double relevance, double pointsLost) {
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

    @Transactional
    public Impact impact(long incidentId) {
        RiskInputs.Context context = inputs.context();
        IncidentDetails details = context.details().get(String.valueOf(incidentId));
        Incident incident = context.incident(incidentId).orElseThrow(() -> new NotFoundException("Incident", incidentId));
        Set<String> categories = incident.targetedCategories().stream().map(Enum::name).collect(Collectors.toSet());
        Set<Long> platforms = new HashSet<>(incident.targetedPlatformIds());
        // IN () is not valid SQL; a value no row has keeps the query simple.
        List<Long> ids = exposed.findExposed(categories.isEmpty() ? Set.of("-") : categories,
                platforms.isEmpty() ? Set.of(-1L) : platforms);
        List<Incident> others = context.incidents().stream().filter(i -> !i.id().equals(incident.id())).toList();
        Map<String, Control> catalogue = context.catalogue().stream().collect(Collectors.toMap(Control::code, Function.identity()));
        Set<String> incidentData = details.dataCategories().stream().map(Enum::name).collect(Collectors.toSet());
        Instant now = clock.instant();
        List<ExposedVendor> vendors = ids.stream().distinct()
                .map(id -> inputs.forVendor(id, context))
                .flatMap(Optional::stream)
                .map(vi -> {
                    ThreatMatch match = RiskModel.match(vi.input().vendor(), incident);
                    RiskScore with = RiskModel.score(vi.input(), now);
                    RiskScore without = RiskModel.score(vi.input().withIncidents(others), now);
                    List<VendorLink> via = vi.platforms().stream().filter(p -> platforms.contains(p.id())).toList();
                    List<String> atRisk = vi.holdings().stream().map(h -> h.dataCategory().name())
                            .filter(c -> incidentData.isEmpty() || incidentData.contains(c)).toList();
                    long records = vi.holdings().stream().mapToLong(DataHolding::recordCount).max().orElse(0);
                    return new ExposedVendor(vi.vendor().id(), vi.vendor().name(), vi.vendor().category().name(), match,
                            via, records, atRisk, with, without, missing(with.explanation(), incident, catalogue));
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
                .filter(c -> c.status().isMissing() && incident.relevanceOf(c.controlId()) > 0)
                .map(c -> new MissingControl(c.controlId(),
                        Optional.ofNullable(catalogue.get(c.controlId())).map(Control::name).orElse(c.controlId()),
                        c.status().name(), incident.relevanceOf(c.controlId()), c.pointsLost()))
                .filter(Objects::nonNull)
                .toList();
    }
}
