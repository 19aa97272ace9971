package io.tollgate.incident;

import io.tollgate.scoring.AttackStep;
import io.tollgate.scoring.EntryRoute;
import io.tollgate.scoring.Incident;
import io.tollgate.scoring.IncidentStatus;
import io.tollgate.scoring.Severity;
import io.tollgate.scoring.VendorCategory;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An incident as the risk model sees it ({@link Incident}): publication and last activity, its chain, the vendors it
 * abuses or compromised, the sectors it targets and the routes it enters by. docs/scoring-model.md, "From the
 * database to the model", documents each derivation.
 */
public final class IncidentModels {
    /** ATT&CK techniques that say which entry route a campaign uses. */
    static final Map<String, EntryRoute> ROUTE_TECHNIQUES = Map.ofEntries(
            Map.entry("T1566.004", EntryRoute.STAFF_WITH_ACCESS),
            Map.entry("T1598.004", EntryRoute.STAFF_WITH_ACCESS),
            Map.entry("T1656", EntryRoute.STAFF_WITH_ACCESS),
            Map.entry("T1566", EntryRoute.STAFF_WITH_ACCESS),
            Map.entry("T1528", EntryRoute.CONNECTED_APPS),
            Map.entry("T1550.001", EntryRoute.CONNECTED_APPS),
            Map.entry("T1671", EntryRoute.CONNECTED_APPS),
            Map.entry("T1199", EntryRoute.CONNECTED_APPS),
            Map.entry("T1098.005", EntryRoute.HELP_DESK_RESETS),
            Map.entry("T1556.006", EntryRoute.HELP_DESK_RESETS),
            Map.entry("T1190", EntryRoute.INTERNET_FACING_ADMIN),
            Map.entry("T1133", EntryRoute.INTERNET_FACING_ADMIN));

    private IncidentModels() {
    }

    public static Incident toModel(IncidentDetails d) {
        io.tollgate.incident.Incident row = d.incident();
        LocalDate published = row.publishedOn() != null ? row.publishedOn()
                : row.firstSeen() != null ? row.firstSeen()
                : row.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate lastActivity = row.lastSeen() == null || row.lastSeen().isBefore(published) ? published : row.lastSeen();
        List<AttackStep> steps = d.steps().stream().map(s -> {
            Map<String, Double> breakers = new LinkedHashMap<>();
            s.controls().forEach(c -> breakers.put(c.controlCode(), c.strength().doubleValue()));
            return new AttackStep(s.name(), s.techniques(), breakers);
        }).toList();
        Set<Long> abused = new HashSet<>();
        Set<Long> compromised = new HashSet<>();
        for (IncidentDetails.Platform p : d.platforms()) {
            if (p.vendorId() != null) {
                (IncidentDetails.COMPROMISED.equals(p.role()) ? compromised : abused).add(p.vendorId());
            }
        }
        Set<VendorCategory> categories = EnumSet.noneOf(VendorCategory.class);
        d.vendorCategories().forEach(c -> categories.add(VendorCategory.valueOf(c.name())));
        return new Incident(String.valueOf(row.id()), row.name(), published, lastActivity,
                IncidentStatus.valueOf(row.status().name()), Severity.valueOf(row.severity().name()),
                steps, abused, categories, compromised, entryRoutes(d));
    }

    /**
     * The routes a campaign enters by: from its first step's techniques when its chain is known (the later steps
     * happen once inside), else from all its techniques; none of the mapped techniques means any route.
     */
    static Set<EntryRoute> entryRoutes(IncidentDetails d) {
        List<String> techniques = d.steps().isEmpty()
                ? d.techniques().stream().map(IncidentDetails.Technique::techniqueId).toList()
                : d.steps().get(0).techniques();
        Set<EntryRoute> routes = EnumSet.noneOf(EntryRoute.class);
        for (String technique : techniques) {
            EntryRoute route = ROUTE_TECHNIQUES.get(technique);
            if (route != null) {
                routes.add(route);
            }
        }
        return routes;
    }
}
