package io.tollgate.control;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

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
    void assessmentResultsFillStatusesButNeverReplaceAnOverride() {
        long id = vendor().create(analyst());
        analyst().put("/api/v1/vendors/" + id + "/controls/C11", override("NOT_MET", null, "Trusted IPs only, no login ranges", 0));

        statuses.applyAssessmentResults(id, 41, List.of(
                new ControlResult("C01", "MET", "INDEPENDENTLY_TESTED"),
                new ControlResult("C11", "MET", "SELF_ATTESTED")), "portal");
        statuses.applyAssessmentResults(id, 42, List.of(
                new ControlResult("C01", "PARTIAL", "DOCUMENTED"),
                new ControlResult("C11", "MET", "SELF_ATTESTED")), "portal");

        Response list = viewer().get("/api/v1/vendors/" + id + "/controls");
        assertThat(control(list, "C01")).containsEntry("status", "PARTIAL").containsEntry("evidence", "DOCUMENTED")
                .containsEntry("source", "ASSESSMENT").containsEntry("assessmentId", 42).containsEntry("version", 2);
        assertThat(control(list, "C11")).containsEntry("status", "NOT_MET").containsEntry("source", "OVERRIDE")
                .containsEntry("version", 1);
    }
}
