package io.tollgate.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything one score depends on, apart from the moment it is computed for.
 *
 * @param vendor    who the vendor is (for matching campaigns)
 * @param holdings  the personal data it holds; empty means none
 * @param exposure  how reachable that data is
 * @param controls  its answers to the control catalogue; every control that should count must be
 *                  present (send unanswered ones as {@link ControlStatus#UNKNOWN})
 * @param incidents the campaigns known to the platform; irrelevant ones are ignored
 */
public record ScoringInput(VendorProfile vendor,
                           List<Holding> holdings,
                           ExposureProfile exposure,
                           List<ControlAnswer> controls,
                           List<Incident> incidents) {

    public ScoringInput {
        Checks.notNull(vendor, "vendor");
        holdings = Checks.listOf(holdings, "holdings");
        Checks.notNull(exposure, "exposure");
        controls = Checks.listOf(controls, "controls");
        incidents = Checks.listOf(incidents, "incidents");
        String control = firstRepeated(controls, ControlAnswer::controlId);
        if (control != null) {
            throw new IllegalArgumentException("control " + control + " is answered twice");
        }
        String incident = firstRepeated(incidents, Incident::id);
        if (incident != null) {
            throw new IllegalArgumentException("incident " + incident + " is listed twice");
        }
    }

    /**
     * The first id that occurs twice, or null. An input is built several times per vendor scored (its what-ifs
     * too), so this runs millions of times in a portfolio re-score. Ids in strictly ascending order cannot repeat,
     * and the re-score lists the catalogue in code order (what-ifs keep it): one pass of neighbour compares, where
     * the pairwise loop below was 12 % of the scoring thread's CPU samples. Other orders fall back to that loop; a
     * hash set per input was 7 % of a re-score's allocation.
     */
    static <T> String firstRepeated(List<T> items, Function<T, String> idOf) {
        if (ascending(items, idOf)) {
            return null;
        }
        if (items.size() > 64) {
            Set<String> seen = new HashSet<>();
            for (T item : items) {
                if (!seen.add(idOf.apply(item))) {
                    return idOf.apply(item);
                }
            }
            return null;
        }
        for (int i = 1; i < items.size(); i++) {
            String id = idOf.apply(items.get(i));
            for (int j = 0; j < i; j++) {
                if (id.equals(idOf.apply(items.get(j)))) {
                    return id;
                }
            }
        }
        return null;
    }

    private static <T> boolean ascending(List<T> items, Function<T, String> idOf) {
        String previous = null;
        for (T item : items) {
            String id = idOf.apply(item);
            if (previous != null && previous.compareTo(id) >= 0) {
                return false;
            }
            previous = id;
        }
        return true;
    }

    public ScoringInput withControls(List<ControlAnswer> newControls) {
        return new ScoringInput(vendor, holdings, exposure, newControls, incidents);
    }

    public ScoringInput withHoldings(List<Holding> newHoldings) {
        return new ScoringInput(vendor, newHoldings, exposure, controls, incidents);
    }

    public ScoringInput withExposure(ExposureProfile newExposure) {
        return new ScoringInput(vendor, holdings, newExposure, controls, incidents);
    }

    public ScoringInput withIncidents(List<Incident> newIncidents) {
        return new ScoringInput(vendor, holdings, exposure, controls, newIncidents);
    }
}
