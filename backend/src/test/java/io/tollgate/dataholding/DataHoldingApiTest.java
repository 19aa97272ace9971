package io.tollgate.dataholding;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.VendorBuilder.vendor;
import static io.tollgate.testsupport.ApiClient.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DataHoldingApiTest extends IntegrationTest {

    private static Map<String, Object> holding(String category, long records, String access) {
        return Map.of("dataCategory", category, "recordCount", records, "accessType", access, "regions", List.of("AU", "PH"));
    }

    @Test
    void replacedHoldingsAreReadBackAndSummarisedOnTheVendor() {
        long id = vendor("Contact centre").create(analyst());
        List<Map<String, Object>> qantasLike = List.of(
                holding("NAME", 5_700_000, "BULK_ACCESS"),
                holding("EMAIL", 5_700_000, "BULK_ACCESS"),
                holding("DATE_OF_BIRTH", 1_700_000, "BULK_ACCESS"),
                holding("LOYALTY_NUMBER", 5_700_000, "BULK_ACCESS"));

        Response put = analyst().put("/api/v1/vendors/" + id + "/data-holdings", qantasLike);

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.header("ETag")).isEqualTo("\"1\"");
        Response read = viewer().get("/api/v1/vendors/" + id + "/data-holdings");
        assertThat(read.list()).hasSize(4);
        assertThat(read.list()).extracting(h -> h.get("dataCategory"))
                .containsExactlyInAnyOrder("NAME", "EMAIL", "DATE_OF_BIRTH", "LOYALTY_NUMBER");
        assertThat(read.list().get(0).get("regions")).isEqualTo(List.of("AU", "PH"));
        Map<String, Object> vendor = viewer().get("/api/v1/vendors/" + id).map();
        // Records count people, not rows: the largest category is the number of people exposed.
        assertThat(vendor).containsEntry("totalRecords", 5_700_000).containsEntry("dataCategoryCount", 4);
    }

    @Test
    void anEmptyListClearsTheHoldings() {
        long id = vendor().create(analyst());
        analyst().put("/api/v1/vendors/" + id + "/data-holdings", List.of(holding("NAME", 10, "RECORD_UI")));

        Response cleared = analyst().put("/api/v1/vendors/" + id + "/data-holdings", List.of());

        assertThat(cleared.status()).isEqualTo(200);
        assertThat(viewer().get("/api/v1/vendors/" + id + "/data-holdings").list()).isEmpty();
        assertThat(viewer().get("/api/v1/vendors/" + id).map()).containsEntry("totalRecords", 0).containsEntry("dataCategoryCount", 0);
    }

    @Test
    void aCategoryListedTwiceIsRejectedAndNothingChanges() {
        long id = vendor().create(analyst());
        analyst().put("/api/v1/vendors/" + id + "/data-holdings", List.of(holding("NAME", 10, "RECORD_UI")));

        Response refused = analyst().put("/api/v1/vendors/" + id + "/data-holdings",
                List.of(holding("EMAIL", 5, "RECORD_UI"), holding("EMAIL", 6, "BULK_ACCESS")));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(fieldErrors(refused)).containsKey("[1].dataCategory");
        assertThat(viewer().get("/api/v1/vendors/" + id + "/data-holdings").list())
                .extracting(h -> h.get("dataCategory")).containsExactly("NAME");
    }

    @Test
    void invalidRowsAre422NamingTheRow() {
        long id = vendor().create(analyst());
        List<Map<String, Object>> bad = List.of(
                Map.of("dataCategory", "NAME", "recordCount", -1, "accessType", "RECORD_UI"),
                Map.of("dataCategory", "EMAIL", "recordCount", 5, "accessType", "RECORD_UI", "regions", List.of("australia")),
                Map.of("dataCategory", "PHONE", "recordCount", 5));

        Response refused = analyst().put("/api/v1/vendors/" + id + "/data-holdings", bad);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("recordCount").contains("regions").contains("accessType");
    }

    @Test
    void unknownCategoryIsRejected() {
        long id = vendor().create(analyst());

        Response refused = analyst().put("/api/v1/vendors/" + id + "/data-holdings",
                List.of(Map.of("dataCategory", "SHOE_SIZE", "recordCount", 5, "accessType", "RECORD_UI")));

        assertThat(refused.status()).isIn(400, 422);
        assertThat(refused.body()).contains("dataCategory");
    }

    @Test
    void moreThanFiftyRowsAre422() {
        long id = vendor().create(analyst());
        List<Map<String, Object>> tooMany = Collections.nCopies(51, holding("NAME", 1, "RECORD_UI"));

        assertThat(analyst().put("/api/v1/vendors/" + id + "/data-holdings", tooMany).status()).isEqualTo(422);
    }

    @Test
    void staleIfMatchIs412AndKeepsTheNewerList() {
        long id = vendor().create(analyst());
        String etag = viewer().get("/api/v1/vendors/" + id + "/data-holdings").header("ETag");
        analyst().put("/api/v1/vendors/" + id + "/data-holdings", List.of(holding("NAME", 10, "RECORD_UI")), "If-Match", etag);

        Response stale = analyst().put("/api/v1/vendors/" + id + "/data-holdings",
                List.of(holding("PASSPORT", 3, "RECORD_UI")), "If-Match", etag);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(viewer().get("/api/v1/vendors/" + id + "/data-holdings").list())
                .extracting(h -> h.get("dataCategory")).containsExactly("NAME");
    }

    @Test
    void holdingsOfAnUnknownVendorAre404() {
        assertThat(viewer().get("/api/v1/vendors/987654321/data-holdings").status()).isEqualTo(404);
        assertThat(analyst().put("/api/v1/vendors/987654321/data-holdings", List.of()).status()).isEqualTo(404);
    }

    @Test
    void dataCategoriesCarryTheirSensitivityWeights() {
        Response r = viewer().get("/api/v1/data-categories");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.list()).hasSize(18);
        Map<String, Object> passport = r.list().stream().filter(c -> "PASSPORT".equals(c.get("code"))).findFirst().orElseThrow();
        assertThat(((Number) passport.get("sensitivityWeight")).doubleValue()).isEqualTo(8.0);
    }
}
