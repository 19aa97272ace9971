package io.tollgate.integration.importexport;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class VendorImportTest extends IntegrationTest {
    private static final String HEADER = "external_id,name,website,category,tier,status,description,services,business_owner,"
            + "security_contact,next_review_date,data_holdings\n";

    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aDryRunReportsEveryRowsErrorsAndWritesNothing() {
        String csv = HEADER
                + "DRY-" + marker + "-1,Dry " + marker + " one,https://one.example,CONTACT_CENTRE,HIGH,,,Support|Sales,,,,EMAIL:1000:BULK_ACCESS:AU|NZ\n"
                + "DRY-" + marker + "-2,Dry " + marker + " two,ftp://two.example,SPACESHIPS,,,,,,not-an-email,31/12/2026,\n"
                + "DRY-" + marker + "-3,Dry " + marker + " three,https://three.example,CRM,,,,,,,,EMAIL:many:BULK_ACCESS; NAME:5\n"
                + "DRY-" + marker + "-1,,https://four.example,CRM,,,,,,,,\n";

        Response report = analyst().send("POST", "/api/v1/vendors/import?dryRun=true", csv, "text/csv");

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.map()).containsEntry("dryRun", true).containsEntry("created", 1).containsEntry("updated", 0);
        assertThat(errors(report)).containsExactlyInAnyOrder(
                "2 website", "2 category", "2 securityContact", "2 nextReviewDate",
                "3 dataHoldings[0].recordCount", "3 dataHoldings[1]",
                "4 externalId", "4 name");
        assertThat(actions(report)).containsExactly("CREATE", "ERROR", "ERROR", "ERROR");
        assertThat(vendorsNamed("Dry " + marker)).isEmpty();
    }

    @Test
    void aRealRunWithAnyInvalidRowIsRefusedWhole() {
        String csv = HEADER
                + "ALL-" + marker + "-1,All " + marker + " one,https://one.example,CRM,,,,,,,,\n"
                + "ALL-" + marker + "-2,All " + marker + " two,https://two.example,CRM,,,,,,,,EMAIL:-5:BULK_ACCESS\n";

        Response refused = analyst().send("POST", "/api/v1/vendors/import", csv, "text/csv");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(ApiClient.fieldErrors(refused)).containsOnlyKeys("rows[2].dataHoldings[0].recordCount");
        assertThat(vendorsNamed("All " + marker)).isEmpty();
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndAChangedRowUpdatesOnlyThatVendor() {
        Map<String, Object> doc = Map.of("vendors", List.of(
                row("UP-" + marker + "-1", "Upsert " + marker + " one", List.of(holding("NAME", 5_700_000, "BULK_ACCESS", "AU"))),
                row("UP-" + marker + "-2", "Upsert " + marker + " two", List.of())));

        Response first = analyst().post("/api/v1/vendors/import", doc);
        Response second = analyst().post("/api/v1/vendors/import", doc);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.map()).containsEntry("created", 2).containsEntry("updated", 0).containsEntry("unchanged", 0);
        assertThat(second.map()).containsEntry("created", 0).containsEntry("updated", 0).containsEntry("unchanged", 2);
        List<Map<String, Object>> vendors = vendorsNamed("Upsert " + marker);
        assertThat(vendors).hasSize(2).allSatisfy(v -> assertThat(v).containsEntry("version", 0));
        long one = vendors.stream().filter(v -> v.get("externalId").equals("UP-" + marker + "-1"))
                .map(v -> ((Number) v.get("id")).longValue()).findFirst().orElseThrow();
        assertThat(viewer().get("/api/v1/vendors/" + one + "/data-holdings").list()).singleElement()
                .satisfies(h -> assertThat(h).containsEntry("dataCategory", "NAME").containsEntry("recordCount", 5_700_000)
                        .containsEntry("regions", List.of("AU")));

        Map<String, Object> renamed = row("UP-" + marker + "-1", "Upsert " + marker + " one renamed",
                List.of(holding("NAME", 5_700_000, "BULK_ACCESS", "AU")));
        Response third = analyst().post("/api/v1/vendors/import", Map.of("vendors", List.of(renamed,
                row("UP-" + marker + "-2", "Upsert " + marker + " two", List.of()))));

        assertThat(third.map()).containsEntry("created", 0).containsEntry("updated", 1).containsEntry("unchanged", 1);
        assertThat(viewer().get("/api/v1/vendors/" + one).map()).containsEntry("name", "Upsert " + marker + " one renamed")
                .containsEntry("version", 1);
        assertThat(actions(third)).containsExactly("UPDATE", "UNCHANGED");
    }

    @Test
    void csvHoldingsCarryRegionsAndVulnerableSubjects() {
        String csv = HEADER + "CSV-" + marker + ",Csv " + marker + ",https://csv.example,CONTACT_CENTRE,CRITICAL,ACTIVE,"
                + "\"Inbound, outbound\",Support|Sales,Jane Doe,sec@csv.example,2026-06-30,"
                + "NAME:5700000:BULK_ACCESS:AU|NZ; HEALTH:1200:RECORD_UI::vulnerable\n";

        Response report = analyst().send("POST", "/api/v1/vendors/import", csv, "text/csv");

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.map()).containsEntry("created", 1);
        Map<String, Object> vendor = vendorsNamed("Csv " + marker).get(0);
        assertThat(vendor).containsEntry("description", "Inbound, outbound").containsEntry("tier", "CRITICAL")
                .containsEntry("services", List.of("Support", "Sales")).containsEntry("nextReviewDate", "2026-06-30");
        List<Map<String, Object>> holdings = viewer().get("/api/v1/vendors/" + vendor.get("id") + "/data-holdings").list();
        assertThat(holdings).extracting(h -> h.get("dataCategory") + " " + h.get("regions") + " " + h.get("vulnerableSubjects"))
                .containsExactlyInAnyOrder("NAME [AU, NZ] false", "HEALTH [] true");
    }

    @Test
    void anExportReimportsAsUnchangedInBothFormats() {
        Map<String, Object> doc = Map.of("vendors", List.of(
                row("EXP-" + marker + "-1", "Export " + marker + " one", List.of(holding("EMAIL", 12, "TRANSIENT", "EU"))),
                row(null, "Export " + marker + " two", List.of(holding("NAME", 3, "RECORD_UI")))));
        assertThat(analyst().post("/api/v1/vendors/import", doc).map()).containsEntry("created", 2);

        Response json = viewer().get("/api/v1/vendors/export?format=json");
        Response csv = viewer().get("/api/v1/vendors/export?format=csv");

        assertThat(json.status()).isEqualTo(200);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> mine = ((List<Map<String, Object>>) json.map().get("vendors")).stream()
                .filter(v -> String.valueOf(v.get("name")).startsWith("Export " + marker)).toList();
        assertThat(mine).hasSize(2);
        Response again = analyst().post("/api/v1/vendors/import?dryRun=true", Map.of("vendors", mine));
        assertThat(again.map()).containsEntry("unchanged", 2).containsEntry("errors", List.of());

        String myCsv = csv.body().lines().filter(l -> l.startsWith("external_id,") || l.contains("Export " + marker))
                .collect(Collectors.joining("\n", "", "\n"));
        Response againCsv = analyst().send("POST", "/api/v1/vendors/import", myCsv, "text/csv");
        assertThat(againCsv.map()).containsEntry("unchanged", 2).containsEntry("created", 0).containsEntry("updated", 0);
    }

    @Test
    void malformedFilesAreRefusedWith400() {
        Response noHeader = analyst().send("POST", "/api/v1/vendors/import", "name,website\nA,https://a.example\n", "text/csv");
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.map().get("detail").toString()).contains("external_id");

        Response badQuote = analyst().send("POST", "/api/v1/vendors/import", HEADER + "X,\"unterminated,https://x.example\n", "text/csv");
        assertThat(badQuote.status()).isEqualTo(400);

        StringBuilder tooMany = new StringBuilder(HEADER);
        for (int i = 0; i <= 1000; i++) {
            tooMany.append("M").append(i).append(",Many ").append(i).append(",https://m.example,CRM,,,,,,,,\n");
        }
        assertThat(analyst().send("POST", "/api/v1/vendors/import?dryRun=true", tooMany.toString(), "text/csv").status()).isEqualTo(400);
        assertThat(analyst().send("POST", "/api/v1/vendors/import", "{\"vendors\": [", "application/json").status()).isEqualTo(400);

        // Found by VendorImportFuzzTest: a header with a blank column name was a 500.
        Response blankColumn = analyst().send("POST", "/api/v1/vendors/import?dryRun=true", HEADER.strip() + ",\n", "text/csv");
        assertThat(blankColumn.status()).as(blankColumn.toString()).isEqualTo(400);
        assertThat(blankColumn.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void nullRowsAndHoldingsInJsonAreRowErrorsNot500() {
        String document = "{\"vendors\": [null, {\"name\": \"Null holding " + marker + "\", \"website\": \"https://n.example\","
                + " \"category\": \"CRM\", \"dataHoldings\": [null]}]}";

        Response dryRun = analyst().send("POST", "/api/v1/vendors/import?dryRun=true", document, "application/json");
        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(errors(dryRun)).containsExactlyInAnyOrder("1 row", "2 dataHoldings[0]");

        Response real = analyst().send("POST", "/api/v1/vendors/import", document, "application/json");
        assertThat(real.status()).as(real.toString()).isEqualTo(422);
    }

    @Test
    void viewersCanExportButNotImport() {
        assertThat(viewer().send("POST", "/api/v1/vendors/import", HEADER, "text/csv").status()).isEqualTo(403);
        assertThat(viewer().get("/api/v1/vendors/export?format=csv").status()).isEqualTo(200);
    }

    private static Map<String, Object> row(String externalId, String name, List<Map<String, Object>> holdings) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (externalId != null) {
            row.put("externalId", externalId);
        }
        row.put("name", name);
        row.put("website", "https://vendor.example");
        row.put("category", "CONTACT_CENTRE");
        row.put("tier", "HIGH");
        row.put("dataHoldings", holdings);
        return row;
    }

    private static Map<String, Object> holding(String category, long records, String access, String... regions) {
        return Map.of("dataCategory", category, "recordCount", records, "accessType", access, "regions", List.of(regions));
    }

    @SuppressWarnings("unchecked")
    private static List<String> errors(Response report) {
        return ((List<Map<String, Object>>) report.map().get("errors")).stream()
                .map(e -> e.get("row") + " " + e.get("field")).collect(Collectors.toCollection(ArrayList::new));
    }

    @SuppressWarnings("unchecked")
    private static List<String> actions(Response report) {
        return ((List<Map<String, Object>>) report.map().get("rows")).stream().map(r -> (String) r.get("action")).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> vendorsNamed(String prefix) {
        return ((List<Map<String, Object>>) viewer().get("/api/v1/vendors?size=200&q=" + prefix.replace(" ", "%20")).map().get("items"))
                .stream().filter(v -> String.valueOf(v.get("name")).startsWith(prefix)).toList();
    }
}
