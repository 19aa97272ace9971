package io.tollgate.testsupport;

import java.util.List;
import java.util.Map;

/** A minimal valid incident request body with a unique name. */
public final class IncidentBodies {
    private IncidentBodies() {
    }

    public static Map<String, Object> incident(String status) {
        String name = TestUsers.unique("Test campaign");
        return Map.of("name", name, "summary", "Tokens of a CRM integration were replayed.", "severity", "HIGH",
                "status", status, "steps", steps(Map.of("C08", 1.0)));
    }

    /** A one-step attack chain broken by these controls (code to strength), as an incident body's {@code steps}. */
    public static List<Map<String, Object>> steps(Map<String, Double> controls) {
        return List.of(Map.of("name", "The attack", "techniques", List.of(),
                "controls", controls.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(c -> Map.<String, Object>of("controlCode", c.getKey(), "strength", c.getValue())).toList()));
    }
}
