package io.tollgate.integration;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.api.model.ApiTokenScope;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.ApiTokens;
import io.tollgate.testsupport.ApiTokens.Issued;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.Invitation;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.ApiClient.fieldErrors;
import static io.tollgate.testsupport.Database.column;
import static io.tollgate.testsupport.Database.update;
import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ApiTokenApiTest extends IntegrationTest {
    private static final String[] ALL_SCOPES = Arrays.stream(ApiTokenScope.values()).map(ApiTokenScope::getValue)
            .toArray(String[]::new);

    @Inject
    OperationScopes operationScopes;

    @Test
    void createdTokenIsShownOnceAndStoredOnlyAsItsHash() throws SQLException {
        Response created = admin().post("/api/v1/api-tokens", Map.of("name", "SIEM sync",
                "scopes", List.of("vendors:read", "risk:read", "vendors:read")));

        assertThat(created.status()).isEqualTo(201);
        Map<String, Object> body = created.map();
        String secret = (String) body.get("token");
        long id = ((Number) body.get("id")).longValue();
        assertThat(secret).matches("tga_[A-Za-z0-9_-]{43}");
        assertThat(created.header("Location")).isEqualTo("/api/v1/api-tokens/" + id);
        assertThat(body).containsEntry("prefix", secret.substring(0, 10)).containsEntry("status", "ACTIVE")
                .containsEntry("scopes", List.of("risk:read", "vendors:read"));
        Instant createdAt = Instant.parse((String) body.get("createdAt"));
        assertThat(Instant.parse((String) body.get("expiresAt"))).isEqualTo(createdAt.plus(90, ChronoUnit.DAYS));

        String stored = column("SELECT secret_hash FROM api_token WHERE id = ?", id);
        assertThat(stored).hasSize(64).isEqualTo(ApiTokenSecrets.hash(secret));
        Response list = admin().get("/api/v1/api-tokens?size=200");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"id\":" + id).doesNotContain(secret).doesNotContain(stored);
    }

    @Test
    void readOnlyTokenReadsButCannotWrite() {
        long vendorId = vendor("Readable").create(analyst());
        Issued token = ApiTokens.issue(admin(), "vendors:read");

        assertThat(token.client().get("/api/v1/vendors/" + vendorId).status()).isEqualTo(200);
        assertThat(token.client().get("/api/v1/vendors?size=5").status()).isEqualTo(200);

        Response create = token.client().post("/api/v1/vendors", vendor("Refused").build());
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.header("Content-Type")).startsWith("application/problem+json");
        assertThat(token.client().delete("/api/v1/vendors/" + vendorId).status()).isEqualTo(403);
        assertThat(token.client().get("/api/v1/vendors/" + vendorId + "/risk").status()).isEqualTo(403);
        assertThat(analyst().get("/api/v1/vendors/" + vendorId).status()).isEqualTo(200);
    }

    @Test
    void writeScopeCreatesAndReadScopeReadsRisk() {
        Issued token = ApiTokens.issue(admin(), "vendors:write", "risk:read");

        Response created = token.client().post("/api/v1/vendors", vendor("Machine made").build());
        assertThat(created.status()).isEqualTo(201);
        long id = ((Number) created.map().get("id")).longValue();

        assertThat(token.client().get("/api/v1/vendors/" + id + "/risk").status()).isIn(200, 404);
        assertThat(token.client().get("/api/v1/vendors/" + id).status()).as("write does not include read").isEqualTo(403);
    }

    @Test
    void csvImportTakesTheSameScopeAsJsonImport() {
        // One operation with two request media types: the generated interface has a second Java method
        // (importVendors_1) for the CSV body, which must not fall outside the operation's scope.
        String csv = "external_id,name,website,category,tier,status,description,services,business_owner,security_contact,"
                + "next_review_date,data_holdings\nCSV-SCOPE-1,Scoped import,https://scoped.example,PAYROLL,LOW,ACTIVE,,,,,,\n";
        Issued writer = ApiTokens.issue(admin(), "vendors:write");
        Issued reader = ApiTokens.issue(admin(), "vendors:read");

        Response imported = writer.client().send("POST", "/api/v1/vendors/import?dryRun=true", csv, "text/csv");
        Response json = writer.client().post("/api/v1/vendors/import?dryRun=true", Map.of("vendors", List.of(Map.of(
                "externalId", "CSV-SCOPE-1", "name", "Scoped import", "website", "https://scoped.example",
                "category", "PAYROLL", "tier", "LOW"))));
        Response refused = reader.client().send("POST", "/api/v1/vendors/import?dryRun=true", csv, "text/csv");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void revokedTokenIsDeniedAtOnce() {
        Issued token = ApiTokens.issue(admin(), "vendors:read");
        assertThat(token.client().get("/api/v1/vendors").status()).isEqualTo(200);

        assertThat(admin().delete("/api/v1/api-tokens/" + token.id()).status()).isEqualTo(204);

        assertThat(token.client().get("/api/v1/vendors").status()).isEqualTo(401);
        assertThat(admin().delete("/api/v1/api-tokens/" + token.id()).status()).as("revoking again").isEqualTo(204);
        Response revoked = admin().get("/api/v1/api-tokens?status=REVOKED&size=200");
        assertThat(ids(revoked)).contains(token.id());
        assertThat(ids(admin().get("/api/v1/api-tokens?status=ACTIVE&size=200"))).doesNotContain(token.id());
    }

    @Test
    void expiredTokenIsDenied() throws SQLException {
        Issued token = ApiTokens.issue(admin(), "vendors:read");
        assertThat(token.client().get("/api/v1/vendors").status()).isEqualTo(200);

        update("UPDATE api_token SET expires_at = ? WHERE id = ?", Timestamp.from(Instant.now().minusSeconds(5)), token.id());

        assertThat(token.client().get("/api/v1/vendors").status()).isEqualTo(401);
        assertThat(ids(admin().get("/api/v1/api-tokens?status=EXPIRED&size=200"))).contains(token.id());
    }

    @Test
    void unknownTokenIsDenied() {
        String forged = "tga_" + "A".repeat(43);
        assertThat(anonymous.as(forged).get("/api/v1/vendors").status()).isEqualTo(401);
    }

    @Test
    void apiTokenNeverReachesPortalSignInOrTokenManagement() {
        Issued token = ApiTokens.issue(admin(), ALL_SCOPES);

        assertThat(token.client().get("/api/v1/portal/assessment").status()).isEqualTo(401);
        assertThat(token.client().get("/api/v1/auth/me").status()).isEqualTo(403);
        assertThat(token.client().get("/api/v1/api-tokens").status()).isEqualTo(403);
        assertThat(token.client().post("/api/v1/api-tokens", Map.of("name", "escalation", "scopes", List.of("vendors:read"))).status())
                .isEqualTo(403);
        assertThat(token.client().delete("/api/v1/api-tokens/" + token.id()).status()).isEqualTo(403);
        assertThat(token.client().get("/api/v1/vendors").status()).isEqualTo(200);
    }

    @Test
    void portalAndApiTokensNeverStandInForEachOther() {
        Invitation invitation = Invitation.send(analyst());
        assertThat(invitation.portal().get("/api/v1/vendors").status()).isEqualTo(401);

        Issued token = ApiTokens.issue(admin(), ALL_SCOPES);
        String portalShaped = "tgp_" + token.secret().substring(4);
        assertThat(anonymous.as(portalShaped).get("/api/v1/portal/assessment").status()).isEqualTo(401);
        assertThat(invitation.portal().get("/api/v1/portal/assessment").status()).isEqualTo(200);
    }

    @Test
    void onlyAdministratorsManageTokens() {
        assertThat(analyst().post("/api/v1/api-tokens", Map.of("name", "mine", "scopes", List.of("vendors:read"))).status())
                .isEqualTo(403);
        assertThat(viewer().get("/api/v1/api-tokens").status()).isEqualTo(403);
        assertThat(anonymous.get("/api/v1/api-tokens").status()).isEqualTo(401);
    }

    @Test
    void invalidCreationsAreRejectedWithProblems() {
        Response blank = admin().post("/api/v1/api-tokens", Map.of("name", "   ", "scopes", List.of("vendors:read")));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(fieldErrors(blank)).containsKey("name");

        assertThat(admin().post("/api/v1/api-tokens", Map.of("name", "x", "scopes", List.of("vendors:delete"))).status())
                .isIn(400, 422);
        assertThat(admin().post("/api/v1/api-tokens", Map.of("name", "x", "scopes", List.of())).status()).isIn(400, 422);
        assertThat(admin().post("/api/v1/api-tokens", Map.of("name", "x", "scopes", List.of("vendors:read"), "expiresInDays", 0))
                .status()).isIn(400, 422);
        assertThat(admin().post("/api/v1/api-tokens", Map.of("name", "x", "scopes", List.of("vendors:read"), "expiresInDays", 366))
                .status()).isIn(400, 422);
    }

    @Test
    void lastUseIsRecordedAtMostOnceAMinute() throws SQLException {
        Issued token = ApiTokens.issue(admin(), "vendors:read");
        assertThat(column("SELECT last_used_at FROM api_token WHERE id = ?", token.id())).isNull();

        token.client().get("/api/v1/vendors");
        assertThat(column("SELECT last_used_at FROM api_token WHERE id = ?", token.id())).isNotNull();

        Timestamp recent = Timestamp.from(Instant.now().minusSeconds(20).truncatedTo(ChronoUnit.SECONDS));
        update("UPDATE api_token SET last_used_at = ? WHERE id = ?", recent, token.id());
        token.client().get("/api/v1/vendors");
        assertThat(Timestamp.valueOf(column("SELECT last_used_at FROM api_token WHERE id = ?", token.id())))
                .as("used again within the minute: not written").isEqualTo(recent);

        Timestamp old = Timestamp.from(Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS));
        update("UPDATE api_token SET last_used_at = ? WHERE id = ?", old, token.id());
        token.client().get("/api/v1/vendors");
        assertThat(Timestamp.valueOf(column("SELECT last_used_at FROM api_token WHERE id = ?", token.id()))).isAfter(old);
        List<Map<String, Object>> items = items(admin().get("/api/v1/api-tokens?status=ACTIVE&size=200"));
        assertThat(items).filteredOn(t -> ((Number) t.get("id")).longValue() == token.id())
                .singleElement().satisfies(t -> assertThat(t.get("lastUsedAt")).isNotNull());
    }

    @Test
    void everyScopeInTheContractIsAKnownScopeAndClosedOperationsStayClosed() {
        List<String> known = Arrays.asList(ALL_SCOPES);
        assertThat(operationScopes.all()).isNotEmpty();
        assertThat(operationScopes.all().values()).allSatisfy(scope -> assertThat(known).contains(scope));
        assertThat(operationScopes.all()).containsEntry("listVendors", "vendors:read").containsEntry("createVendor", "vendors:write")
                .containsEntry("getVendorRisk", "risk:read")
                .doesNotContainKeys("login", "currentUser", "createApiToken", "listApiTokens", "revokeApiToken",
                        "getPortalAssessment", "savePortalAnswer", "uploadPortalEvidence", "submitPortalAssessment");
    }

    private static List<Long> ids(Response page) {
        return items(page).stream().map(t -> ((Number) t.get("id")).longValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Response page) {
        assertThat(page.status()).isEqualTo(200);
        return (List<Map<String, Object>>) page.map().get("items");
    }
}
