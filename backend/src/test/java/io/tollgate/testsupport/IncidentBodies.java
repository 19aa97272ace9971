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
                "status", status, "exploitedControls", List.of(Map.of("controlCode", "C08", "relevance", 1.0)));
    }
}
