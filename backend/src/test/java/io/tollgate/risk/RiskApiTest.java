package io.tollgate.risk;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.IncidentBodies;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.Eventually.await;
import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class RiskApiTest extends IntegrationTest {
    @Inject
    ScoringJobRepository jobs;
    @Inject
    ScoringRequestRepository requests;

    private static Map<String, Object> holding(String category, long records) {
        return Map.of("dataCategory", category, "recordCount", records, "accessType", "BULK_ACCESS");
    }

    private static final List<Map<String, Object>> QANTAS_LIKE = List.of(
            holding("NAME", 5_700_000), holding("EMAIL", 5_700_000), holding("LOYALTY_NUMBER", 5_700_000),
            holding("PHONE", 1_700_000), holding("DATE_OF_BIRTH", 1_700_000));

    /** Waits until the background worker has no request or job left for these vendors. */
    private void settled(Long... vendorIds) {
        await("scoring settles", () -> requests.countFor(List.of(vendorIds)) == 0 && jobs.countFor(List.of(vendorIds)) == 0);
    }

    private double score(long vendorId) {
        return ((Number) viewer().get("/api/v1/vendors/" + vendorId + "/risk").map().get("score")).doubleValue();
    }

    private List<Map<String, Object>> history(long vendorId) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) viewer()
                .get("/api/v1/vendors/" + vendorId + "/risk/history?size=50").map().get("items");
        return items;
    }

    @Test
    void aVendorNeverScoredIsScoredOnFirstReadWithItsExplanation() {
        long id = vendor("Fresh").create(analyst());
        analyst().put("/api/v1/vendors/" + id + "/data-holdings", QANTAS_LIKE);

        Response risk = viewer().get("/api/v1/vendors/" + id + "/risk");

        assertThat(risk.status()).as(risk.toString()).isEqualTo(200);
        Map<String, Object> body = risk.map();
        assertThat(body).containsKeys("score", "grade", "inherentRisk", "residualRisk", "modelVersion", "scoredAt", "explanation");
        assertThat(((Number) body.get("score")).doubleValue()).isBetween(0.0, 100.0);
        @SuppressWarnings("unchecked")
        Map<String, Object> explanation = (Map<String, Object>) body.get("explanation");
        assertThat((List<?>) explanation.get("factors")).isNotEmpty();
        assertThat((List<?>) explanation.get("controlCosts")).isNotEmpty();
        assertThat((List<?>) explanation.get("whatIf")).isNotEmpty();
    }

    /** The read takes no transaction; a vendor found without a score is scored, and stored, in one of its own. */
    @Test
    void aVendorWhoseScoreIsMissingIsScoredAndStoredOnRead() throws Exception {
        long id = vendor("Lost score").create(analyst());
        analyst().put("/api/v1/vendors/" + id + "/data-holdings", QANTAS_LIKE);
        settled(id);
        double stored = score(id);
        Database.update("DELETE FROM vendor_risk_explanation WHERE vendor_id = ?", id);
        Database.update("DELETE FROM vendor_risk_score WHERE vendor_id = ?", id);

        Response risk = viewer().get("/api/v1/vendors/" + id + "/risk");

        assertThat(risk.status()).as(risk.toString()).isEqualTo(200);
        assertThat(((Number) risk.map().get("score")).doubleValue()).isEqualTo(stored);
        assertThat(Database.column("SELECT COUNT(*) FROM vendor_risk_score WHERE vendor_id = ?", id)).isEqualTo("1");
        assertThat(Database.column("SELECT COUNT(*) FROM vendor_risk_explanation WHERE vendor_id = ?", id)).isEqualTo("1");
        assertThat(history(id)).extracting(h -> h.get("reason")).first().isEqualTo("first score");
    }

    @Test
    void unknownVendorsHaveNoRisk() {
        assertThat(viewer().get("/api/v1/vendors/987654321/risk").status()).isEqualTo(404);
        assertThat(viewer().get("/api/v1/vendors/987654321/risk/history").status()).isEqualTo(404);
        assertThat(viewer().get("/api/v1/incidents/987654321/impact").status()).isEqualTo(404);
    }

    @Test
    void moreDataHeldLowersTheScoreInTheBackgroundAndTheHistorySaysWhy() {
        long id = vendor("Growing").create(analyst());
        analyst().put("/api/v1/vendors/" + id + "/data-holdings", List.of(holding("NAME", 1_000)));
        settled(id);
        double before = score(id);

        analyst().put("/api/v1/vendors/" + id + "/data-holdings", QANTAS_LIKE);

        await("the score drops", () -> score(id) < before);
        assertThat(history(id).get(0).get("reason").toString()).contains("data holdings changed");
    }

    @Test
    void meetingAControlRaisesTheScoreAndTheHistoryNamesTheOverride() {
        long id = vendor("Fixing").create(analyst());
        analyst().put("/api/v1/vendors/" + id + "/data-holdings", QANTAS_LIKE);
        settled(id);
        double before = score(id);

        Response put = analyst().put("/api/v1/vendors/" + id + "/controls/C06",
                Map.of("status", "MET", "evidence", "INDEPENDENTLY_TESTED", "reason", "SOC 2 report section 4", "version", 0));

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        await("the score rises", () -> score(id) > before);
        assertThat(history(id).get(0).get("reason").toString()).contains("control override C06");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIncidentAgainstSalesforceLowersTheScoresOfVendorsOnItAndNamesTheCampaign() {
        long salesforce = vendor("Salesforce").with("category", "CRM").create(admin());
        long contactCentre = vendor("Skyline").with("category", "CONTACT_CENTRE").platforms(salesforce).create(analyst());
        long bystander = vendor("Bystander").with("category", "LEGAL").create(analyst());
        analyst().put("/api/v1/vendors/" + contactCentre + "/data-holdings", QANTAS_LIKE);
        analyst().put("/api/v1/vendors/" + bystander + "/data-holdings", QANTAS_LIKE);
        settled(contactCentre, bystander);
        double before = score(contactCentre);
        double bystanderBefore = score(bystander);
        Object bystanderScoredAt = viewer().get("/api/v1/vendors/" + bystander + "/risk").map().get("scoredAt");
        String name = TestUsers.unique("Vishing of Salesforce users");

        Response created = analyst().post("/api/v1/incidents", Map.of(
                "name", name,
                "summary", "Callers posing as IT support talk agents into authorising a malicious connected app.",
                "severity", "CRITICAL",
                "status", "ACTIVE",
                "publishedOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(),
                "platforms", List.of(Map.of("name", "Salesforce", "vendorId", salesforce)),
                "techniques", List.of(Map.of("id", "T1566.004", "name", "Phishing: Spearphishing Voice")),
                "steps", IncidentBodies.steps(Map.of("C08", 1.0, "C02", 1.0, "C11", 1.0)),
                "dataCategories", List.of("NAME", "EMAIL", "PHONE")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long incidentId = ((Number) created.map().get("id")).longValue();

        await("the exposed vendor's score drops", () -> score(contactCentre) < before);
        Map<String, Object> risk = viewer().get("/api/v1/vendors/" + contactCentre + "/risk").map();
        assertThat(risk.get("explanation").toString()).contains(name);
        assertThat(history(contactCentre).get(0).get("reason").toString()).startsWith("incident ").contains(name);
        assertThat(score(bystander)).isEqualTo(bystanderBefore);
        // Only the vendors the campaign can reach are re-scored: Salesforce, and those running on it.
        settled(contactCentre, bystander, salesforce);
        assertThat(viewer().get("/api/v1/vendors/" + bystander + "/risk").map().get("scoredAt")).isEqualTo(bystanderScoredAt);

        Response impact = viewer().get("/api/v1/incidents/" + incidentId + "/impact");
        assertThat(impact.status()).as(impact.toString()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> vendors = (List<Map<String, Object>>) impact.map().get("vendors");
        Map<String, Object> exposed = vendors.stream()
                .filter(v -> ((Number) v.get("vendorId")).longValue() == contactCentre).findFirst().orElseThrow();
        assertThat(exposed).containsEntry("match", "PLATFORM").containsEntry("records", 5_700_000);
        assertThat(((Number) exposed.get("scoreWithoutIncident")).doubleValue())
                .isGreaterThan(((Number) exposed.get("score")).doubleValue());
        assertThat((List<Object>) exposed.get("dataCategoriesAtRisk")).containsExactlyInAnyOrder("NAME", "EMAIL", "PHONE");
        assertThat(exposed.get("missingControls").toString()).contains("C08", "C02", "C11");
        assertThat(vendors).noneMatch(v -> ((Number) v.get("vendorId")).longValue() == bystander);
    }
}
