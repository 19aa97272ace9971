package io.tollgate.testsupport;

import java.util.List;
import java.util.Map;

/** API tokens issued over HTTP by an administrator, as an integration would get them. */
public final class ApiTokens {
    private ApiTokens() {
    }

    public record Issued(long id, String secret, ApiClient client) {
    }

    public static Issued issue(ApiClient admin, String... scopes) {
        ApiClient.Response created = admin.post("/api/v1/api-tokens",
                Map.of("name", TestUsers.unique("Integration"), "scopes", List.of(scopes), "expiresInDays", 30));
        if (created.status() != 201) {
            throw new IllegalStateException("token creation failed: " + created);
        }
        String secret = (String) created.map().get("token");
        return new Issued(((Number) created.map().get("id")).longValue(), secret, admin.as(secret));
    }
}
