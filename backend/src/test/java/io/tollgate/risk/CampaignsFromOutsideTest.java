package io.tollgate.risk;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.Invitation;
import io.tollgate.testsupport.TestUsers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.Eventually.await;
import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The campaigns of 2025 as an analyst meets them, through the HTTP API: a live campaign moves the vendors it exposes
 * within seconds, a Qantas-like contact centre drops a full grade when UNC6040 and UNC6395 go live, and meeting the
 * three controls that break the vishing chain lifts it back. The campaigns are copies of the seeded ones (same chains,
 * techniques and severity) aimed at a platform of this test, so the seeded incidents stay as other tests expect them.
 */
@MicronautTest(transactional = false)
class CampaignsFromOutsideTest extends IntegrationTest {

    private static final List<String> YES = List.of("C01", "C03", "C29", "C19", "C20", "C21", "C23", "C24");
    private static final List<String> NO = List.of("C02", "C07", "C08", "C11", "C12", "C16", "C17", "C18", "C31");
    private static final List<String> PARTIAL = List.of("C06", "C05", "C15", "C09", "C10", "C25", "C27", "C28");

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A copy of seeded incident {@code seededId}, aimed at {@code platform}, in {@code status}, last seen today. */
    private long copyOfSeeded(long seededId, long platform, String status) {
        Map<String, Object> seeded = new HashMap<>(viewer().get("/api/v1/incidents/" + seededId).map());
        seeded.keySet().removeAll(List.of("id", "slug", "exploitedControls", "createdAt", "updatedAt", "version"));
        seeded.put("name", TestUsers.unique(seeded.get("name").toString().substring(0, 40)));
        seeded.put("platforms", List.of(Map.of("name", "platform", "vendorId", platform)));
        seeded.put("vendorCategories", List.of());
        seeded.put("status", status);
        seeded.put("lastSeen", today().toString());
        Response created = analyst().post("/api/v1/incidents", seeded);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ((Number) created.map().get("id")).longValue();
    }

    private void setStatus(long incidentId, String status) {
        Map<String, Object> current = new HashMap<>(viewer().get("/api/v1/incidents/" + incidentId).map());
        current.keySet().removeAll(List.of("id", "exploitedControls", "createdAt", "updatedAt"));
        current.put("status", status);
        current.put("lastSeen", today().toString());
        Response updated = analyst().put("/api/v1/incidents/" + incidentId, current);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    }

    private Map<String, Object> risk(long vendorId) {
        return viewer().get("/api/v1/vendors/" + vendorId + "/risk").map();
    }

    private double whatIf(long vendorId, List<String> controls) {
        Response r = viewer().post("/api/v1/vendors/" + vendorId + "/risk/what-if", Map.of("controlCodes", controls));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return ((Number) r.map().get("score")).doubleValue();
    }

    private static int gradeRank(Object grade) {
        return "ABCDF".indexOf(grade.toString());
    }

    private static String gradeOf(double score) {
        return score >= 90 ? "A" : score >= 80 ? "B" : score >= 65 ? "C" : score >= 50 ? "D" : "F";
    }

    @Test
    void aCampaignSetActiveReachesEveryExposedVendorsStoredScoreWithinFifteenSeconds() {
        long platform = vendor("CRM platform").with("category", "CRM").create(analyst());
        List<Long> exposed = List.of(
                vendor("On the CRM").with("category", "CONTACT_CENTRE").platforms(platform).create(analyst()),
                vendor("Also on it").with("category", "SUPPORT_DESK").platforms(platform).create(analyst()));
        long incident = copyOfSeeded(1, platform, "ARCHIVED");
        await("the vendors are scored", () -> exposed.stream().allMatch(id -> risk(id).get("score") != null));

        setStatus(incident, "ACTIVE");
        long started = System.nanoTime();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> impact = (List<Map<String, Object>>) viewer().get("/api/v1/incidents/" + incident + "/impact")
                .map().get("vendors");
        assertThat(impact).extracting(v -> ((Number) v.get("vendorId")).longValue()).contains(exposed.get(0), exposed.get(1), platform);
        await("every exposed vendor's stored score is the live model's", () -> impact.stream().allMatch(v -> {
            long id = ((Number) v.get("vendorId")).longValue();
            return Math.abs(((Number) risk(id).get("score")).doubleValue() - whatIf(id, List.of())) <= 0.1;
        }));
        assertThat(System.nanoTime() - started).as("nanoseconds until fresh").isLessThan(15_000_000_000L);
        for (Map<String, Object> v : impact) {
            long id = ((Number) v.get("vendorId")).longValue();
            assertThat(((Number) risk(id).get("score")).doubleValue()).isCloseTo(whatIf(id, List.of()), within(0.1));
        }
    }

    @Test
    void theQantasLikeContactCentreDropsAGradeWhenTheCampaignsGoLiveAndBreakingTheChainLiftsIt() {
        long salesforce = vendor("Salesforce-like").with("category", "CRM").create(analyst());
        Invitation invitation = Invitation.send(analyst());
        long skyline = invitation.vendorId();
        Map<String, Object> vendor = new HashMap<>(viewer().get("/api/v1/vendors/" + skyline).map());
        vendor.keySet().removeAll(List.of("id", "platforms", "usedBy", "usedByCount", "totalRecords", "dataCategoryCount",
                "createdAt", "updatedAt"));
        vendor.put("category", "CONTACT_CENTRE");
        vendor.put("platformIds", List.of(salesforce));
        assertThat(analyst().put("/api/v1/vendors/" + skyline, vendor).status()).isEqualTo(200);
        assertThat(analyst().put("/api/v1/vendors/" + skyline + "/data-holdings", List.of(
                holding("NAME", 5_700_000), holding("EMAIL", 5_700_000), holding("LOYALTY_NUMBER", 5_700_000),
                holding("POSTAL_ADDRESS", 1_700_000), holding("DATE_OF_BIRTH", 1_700_000), holding("PHONE", 1_700_000),
                holding("GENDER", 1_700_000), holding("PREFERENCES", 1_700_000))).status()).isEqualTo(200);
        // Assessed: an assessment completed, then the knowledge base's answers (KB 4.3) recorded on top of it.
        invitation.answer("mfa", "YES", 0);
        invitation.answer("mfa.methods", List.of("SMS"), 0);
        invitation.answer("sso", "YES", 0);
        assertThat(invitation.portal().post("/api/v1/portal/assessment/submit", Map.of()).status()).isEqualTo(200);
        assertThat(invitation.complete(analyst()).status()).isEqualTo(200);
        YES.forEach(c -> record(skyline, c, "MET"));
        NO.forEach(c -> record(skyline, c, "NOT_MET"));
        PARTIAL.forEach(c -> record(skyline, c, "PARTIAL"));
        long unc6040 = copyOfSeeded(1, salesforce, "ARCHIVED");
        long unc6395 = copyOfSeeded(2, salesforce, "ARCHIVED");
        await("the vendor is scored as assessed", () -> "ASSESSED".equals(risk(skyline).get("confidence"))
                && Math.abs(((Number) risk(skyline).get("score")).doubleValue() - whatIf(skyline, List.of())) <= 0.1);
        String quiet = risk(skyline).get("grade").toString();

        setStatus(unc6040, "ACTIVE");
        setStatus(unc6395, "ACTIVE");
        await("the campaigns reach the stored score", () ->
                Math.abs(((Number) risk(skyline).get("score")).doubleValue() - whatIf(skyline, List.of())) <= 0.1
                        && !risk(skyline).get("grade").toString().equals(quiet));
        String live = risk(skyline).get("grade").toString();
        assertThat(gradeRank(live) - gradeRank(quiet)).as("%s during the campaigns, %s before", live, quiet).isGreaterThanOrEqualTo(1);

        String broken = gradeOf(whatIf(skyline, List.of("C02", "C08", "C11")));
        assertThat(gradeRank(live) - gradeRank(broken)).as("%s with C02, C08 and C11 met, %s without", broken, live)
                .isGreaterThanOrEqualTo(1);
    }

    private static Map<String, Object> holding(String category, long records) {
        return Map.of("dataCategory", category, "recordCount", records, "accessType", "BULK_ACCESS");
    }

    private void record(long vendorId, String control, String status) {
        long version = viewer().get("/api/v1/vendors/" + vendorId + "/controls").list().stream()
                .filter(c -> c.get("controlCode").equals(control)).mapToLong(c -> ((Number) c.get("version")).longValue())
                .findFirst().orElse(0L);
        Map<String, Object> body = new HashMap<>(Map.of("status", status, "reason", "Knowledge base 4.3 answer",
                "version", version));
        if (!status.equals("NOT_MET")) {
            body.put("evidence", control.equals("C29") ? "INDEPENDENTLY_TESTED" : "DOCUMENTED");
        }
        Response r = analyst().put("/api/v1/vendors/" + vendorId + "/controls/" + control, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
