package io.tollgate.control;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.tollgate.testsupport.ApiClient.fieldErrors;
import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class VendorControlStatusApiTest extends IntegrationTest {
    @Inject
    VendorControlStatusService statuses;

    private static Map<String, Object> override(String status, String evidence, String reason, long version) {
        return evidence == null
                ? Map.of("status", status, "reason", reason, "version", version)
                : Map.of("status", status, "evidence", evidence, "reason", reason, "version", version);
    }

    private static Map<String, Object> control(Response list, String code) {
        return list.list().stream().filter(c -> code.equals(c.get("controlCode"))).findFirst().orElseThrow();
    }

    @Test
    void everyCatalogueControlIsListedAsUnknownUntilSomethingIsRecorded() {
        long id = vendor().create(analyst());

        Response list = viewer().get("/api/v1/vendors/" + id + "/controls");

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.list()).hasSizeGreaterThanOrEqualTo(36);
        assertThat(list.list()).allSatisfy(c -> assertThat(c).containsEntry("status", "UNKNOWN").containsEntry("version", 0)
                .doesNotContainKey("source"));
        assertThat(control(list, "C08")).containsEntry("controlName", "Connected-app / OAuth allowlist").containsEntry("baseWeight", 5);
    }

    @Test
    void anOverrideIsStoredWithItsReasonAndAuthor() {
        long id = vendor().create(analyst());

        Response put = analyst().put("/api/v1/vendors/" + id + "/controls/C08",
                override("NOT_MET", null, "Users can self-authorise connected apps (screen share 12 Nov).", 0));

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.header("ETag")).isEqualTo("\"1\"");
        Map<String, Object> c08 = control(viewer().get("/api/v1/vendors/" + id + "/controls"), "C08");
        assertThat(c08).containsEntry("status", "NOT_MET").containsEntry("source", "OVERRIDE").containsEntry("version", 1)
                .containsEntry("reason", "Users can self-authorise connected apps (screen share 12 Nov).")
                .containsKey("updatedBy").containsKey("updatedAt").doesNotContainKey("evidence");
    }

    @Test
    void aStaleVersionIsRejectedWith409AndAStaleIfMatchWith412() {
        long id = vendor().create(analyst());
        analyst().put("/api/v1/vendors/" + id + "/controls/C02", override("PARTIAL", "DOCUMENTED", "Admins only", 0));

        Response stale = analyst().put("/api/v1/vendors/" + id + "/controls/C02", override("MET", "DOCUMENTED", "All users", 0));
        Response staleTag = analyst().put("/api/v1/vendors/" + id + "/controls/C02", override("MET", "DOCUMENTED", "All users", 1),
                "If-Match", "\"0\"");
        Response fresh = analyst().put("/api/v1/vendors/" + id + "/controls/C02", override("MET", "DOCUMENTED", "All users", 1),
                "If-Match", "\"1\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(staleTag.status()).isEqualTo(412);
        assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
        assertThat(fresh.map()).containsEntry("status", "MET").containsEntry("version", 2);
    }

    @Test
    void aBlankReasonOrMissingEvidenceForMetIsRejectedWith422() {
        long id = vendor().create(analyst());

        Response blank = analyst().put("/api/v1/vendors/" + id + "/controls/C01", override("NOT_MET", null, "   ", 0));
        Response noEvidence = analyst().put("/api/v1/vendors/" + id + "/controls/C01", override("MET", null, "Seen it", 0));

        assertThat(blank.status()).isEqualTo(422);
        assertThat(fieldErrors(blank)).containsKey("reason");
        assertThat(noEvidence.status()).isEqualTo(422);
        assertThat(fieldErrors(noEvidence)).containsKey("evidence");
    }

    @Test
    void viewersCannotOverrideAndUnknownVendorsOrControlsAre404() {
        long id = vendor().create(analyst());

        assertThat(viewer().put("/api/v1/vendors/" + id + "/controls/C01", override("NOT_MET", null, "x", 0)).status()).isEqualTo(403);
        assertThat(analyst().put("/api/v1/vendors/" + id + "/controls/C99", override("NOT_MET", null, "x", 0)).status()).isEqualTo(404);
        assertThat(viewer().get("/api/v1/vendors/987654321/controls").status()).isEqualTo(404);
    }

    @Test
    void aCompletedAssessmentSupersedesAnOverrideUnlessTheAnalystKeepsIt() {
        long id = vendor().create(analyst());
        analyst().put("/api/v1/vendors/" + id + "/controls/C11", override("NOT_MET", null, "Trusted IPs only, no login ranges", 0));
        analyst().put("/api/v1/vendors/" + id + "/controls/C02", override("NOT_MET", null, "Push MFA only", 0));
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);

        statuses.applyAssessmentResults(id, 41, List.of(
                new ControlResult("C01", "MET", "INDEPENDENTLY_TESTED"),
                new ControlResult("C02", "MET", "DOCUMENTED"),
                new ControlResult("C11", "MET", "SELF_ATTESTED")), Set.of("C11"), today, "analyst");

        Response list = viewer().get("/api/v1/vendors/" + id + "/controls");
        assertThat(control(list, "C01")).containsEntry("status", "MET").containsEntry("evidence", "INDEPENDENTLY_TESTED")
                .containsEntry("source", "ASSESSMENT").containsEntry("assessmentId", 41)
                .containsEntry("observedOn", today.toString()).containsEntry("expiresOn", today.plusMonths(12).toString());
        // Not kept: the answer holds, the override is gone.
        assertThat(control(list, "C02")).containsEntry("status", "MET").containsEntry("source", "ASSESSMENT")
                .doesNotContainKey("overridden");
        // Kept: the override still holds and shows the answer beneath it.
        assertThat(control(list, "C11")).containsEntry("status", "NOT_MET").containsEntry("source", "OVERRIDE");
        assertThat(control(list, "C11").get("reason").toString()).contains("kept at completion of assessment 41");
        @SuppressWarnings("unchecked")
        Map<String, Object> beneath = (Map<String, Object>) control(list, "C11").get("overridden");
        assertThat(beneath).containsEntry("status", "MET").containsEntry("source", "ASSESSMENT");
    }

    @Test
    void anOverrideWithAnExpiryStopsApplyingAndTheObservationBeneathHoldsAgain() throws Exception {
        long id = vendor().create(analyst());
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        statuses.applyAssessmentResults(id, 43, List.of(new ControlResult("C08", "MET", "DOCUMENTED")), Set.of(), today,
                "analyst");
        Map<String, Object> body = new java.util.HashMap<>(override("NOT_MET", null, "Users can self-authorise apps again", 1));
        body.put("expiresOn", today.plusDays(30).toString());
        Response overridden = analyst().put("/api/v1/vendors/" + id + "/controls/C08", body);
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
        assertThat(overridden.map()).containsEntry("source", "OVERRIDE").containsEntry("expiresOn", today.plusDays(30).toString());

        // Thirty-one days later (moved back in the database) the override has expired.
        io.tollgate.testsupport.Database.update("UPDATE vendor_control_status SET override_on = ?, override_expires_on = ?"
                + " WHERE vendor_id = ? AND control_code = 'C08'", today.minusDays(31), today.minusDays(1), id);
        assertThat(control(viewer().get("/api/v1/vendors/" + id + "/controls"), "C08"))
                .containsEntry("status", "MET").containsEntry("source", "ASSESSMENT");

        assertThat(statuses.clearExpiredOverrides(today, 1000)).isGreaterThanOrEqualTo(1);
        assertThat(control(viewer().get("/api/v1/vendors/" + id + "/controls"), "C08")).containsEntry("source", "ASSESSMENT");
        assertThat(io.tollgate.testsupport.Database.column(
                "SELECT COUNT(*) FROM vendor_control_status WHERE vendor_id = ? AND override_status IS NOT NULL", id)).isEqualTo("0");
    }

    @Test
    void anOverrideExpiringInThePastIsRejected() {
        long id = vendor().create(analyst());
        Map<String, Object> body = new java.util.HashMap<>(override("NOT_MET", null, "Seen on a call", 0));
        body.put("expiresOn", LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString());
        Response response = analyst().put("/api/v1/vendors/" + id + "/controls/C08", body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(fieldErrors(response)).containsKey("expiresOn");
    }
}
