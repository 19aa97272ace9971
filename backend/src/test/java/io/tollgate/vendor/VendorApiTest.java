package io.tollgate.vendor;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.ApiClient.fieldErrors;
import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class VendorApiTest extends IntegrationTest {

    @Test
    void createdVendorIsReturnedWithLocationEtagAndDefaults() {
        Response created = analyst().post("/api/v1/vendors", vendor("Skyline").without("tier")
                .with("services", List.of(" Inbound voice ", "Chat", "Chat")).build());

        assertThat(created.status()).isEqualTo(201);
        Map<String, Object> body = created.map();
        long id = ((Number) body.get("id")).longValue();
        assertThat(created.header("Location")).isEqualTo("/api/v1/vendors/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(body).containsEntry("tier", "MEDIUM").containsEntry("status", "ACTIVE")
                .containsEntry("totalRecords", 0).containsEntry("version", 0);
        assertThat(body.get("services")).isEqualTo(List.of("Inbound voice", "Chat"));

        Response read = viewer().get("/api/v1/vendors/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.map()).containsEntry("name", body.get("name"));
    }

    @Test
    void listSearchesFiltersSortsAndPages() {
        String tag = TestUsers.unique("Listcheck").replace(" ", "");
        analyst().post("/api/v1/vendors", vendor().with("name", tag + " Alpha").with("category", "CRM").with("tier", "LOW").build());
        analyst().post("/api/v1/vendors", vendor().with("name", tag + " Bravo").with("category", "CRM").with("tier", "CRITICAL").build());
        analyst().post("/api/v1/vendors", vendor().with("name", tag + " Charlie").with("category", "PAYMENTS").build());

        Response crm = viewer().get("/api/v1/vendors?q=" + tag.toLowerCase() + "&category=CRM&sort=-name&size=1&page=0");
        assertThat(crm.status()).isEqualTo(200);
        Map<String, Object> page = crm.map();
        assertThat(page).containsEntry("totalItems", 2).containsEntry("totalPages", 2).containsEntry("size", 1);
        assertThat(names(page)).containsExactly(tag + " Bravo");

        Response second = viewer().get("/api/v1/vendors?q=" + tag + "&category=CRM&sort=-name&size=1&page=1");
        assertThat(names(second.map())).containsExactly(tag + " Alpha");

        Response critical = viewer().get("/api/v1/vendors?q=" + tag + "&tier=CRITICAL");
        assertThat(names(critical.map())).containsExactly(tag + " Bravo");
    }

    @Test
    @SuppressWarnings("unchecked")
    void tierSortsBySeverityNotAlphabetically() {
        String tag = TestUsers.unique("Tiers").replace(" ", "");
        for (String tier : List.of("LOW", "CRITICAL", "MEDIUM", "HIGH")) {
            analyst().post("/api/v1/vendors", vendor().with("name", tag + " " + tier).with("tier", tier).build());
        }
        long lowId = ((Number) ((List<Map<String, Object>>) viewer().get("/api/v1/vendors?q=" + tag + "%20LOW").map()
                .get("items")).get(0).get("id")).longValue();
        analyst().put("/api/v1/vendors/" + lowId, vendor().with("name", tag + " WAS-LOW").with("tier", "CRITICAL")
                .with("version", 0).build());

        // Equal tiers fall back to id order (WAS-LOW was created first).
        assertThat(names(viewer().get("/api/v1/vendors?q=" + tag + "&sort=tier").map()))
                .containsExactly(tag + " WAS-LOW", tag + " CRITICAL", tag + " HIGH", tag + " MEDIUM");
        assertThat(names(viewer().get("/api/v1/vendors?q=" + tag + "&sort=-tier").map()))
                .containsExactly(tag + " MEDIUM", tag + " HIGH", tag + " CRITICAL", tag + " WAS-LOW");
    }

    @Test
    void searchTreatsLikeWildcardsAsPlainText() {
        String tag = TestUsers.unique("Wild").replace(" ", "");
        analyst().post("/api/v1/vendors", vendor().with("name", tag + " 100% Cotton").build());
        analyst().post("/api/v1/vendors", vendor().with("name", tag + " 1000 Cotton").build());

        Response result = viewer().get("/api/v1/vendors?q=" + tag + "%20100%25");
        assertThat(names(result.map())).containsExactly(tag + " 100% Cotton");
        // The search's own escape character is plain text too.
        analyst().post("/api/v1/vendors", vendor().with("name", tag + " Bang!_Co").build());
        analyst().post("/api/v1/vendors", vendor().with("name", tag + " Bang_Co").build());
        assertThat(names(viewer().get("/api/v1/vendors?q=" + tag + "%20Bang!_").map())).containsExactly(tag + " Bang!_Co");
        assertThat(names(viewer().get("/api/v1/vendors?q=" + tag + "%20bang_").map())).containsExactly(tag + " Bang_Co");
        assertThat(viewer().get("/api/v1/vendors?q=" + tag + "%20no%20such%20vendor").map()).containsEntry("totalItems", 0);
        // So is a backslash, the usual escape character of LIKE.
        analyst().post("/api/v1/vendors", vendor().with("name", tag + " Back\\Slash").build());
        analyst().post("/api/v1/vendors", vendor().with("name", tag + " BackSlash").build());
        assertThat(names(viewer().get("/api/v1/vendors?q=" + tag + "%20back%5CS").map())).containsExactly(tag + " Back\\Slash");
    }

    @Test
    void platformsAndTheirUsersAreLinkedBothWays() {
        long salesforce = vendor("Salesforce").with("category", "CRM").create(analyst());
        long contactCentre = vendor("Contact centre").platforms(salesforce).create(analyst());

        Map<String, Object> cc = viewer().get("/api/v1/vendors/" + contactCentre).map();
        assertThat(refs(cc, "platforms")).containsExactly(salesforce);
        Map<String, Object> sf = viewer().get("/api/v1/vendors/" + salesforce).map();
        assertThat(refs(sf, "usedBy")).containsExactly(contactCentre);
    }

    @Test
    void deletingAPlatformStillInUseIsAConflict() {
        long platform = vendor("Platform").create(analyst());
        vendor("User").platforms(platform).create(analyst());

        Response refused = admin().delete("/api/v1/vendors/" + platform);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(viewer().get("/api/v1/vendors/" + platform).status()).isEqualTo(200);
    }

    @Test
    void unknownPlatformIdIsRejectedWith422() {
        Response refused = analyst().post("/api/v1/vendors", vendor().platforms(987654321L).build());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(fieldErrors(refused)).containsKey("platformIds");
    }

    @Test
    void vendorCannotBeItsOwnPlatform() {
        long id = vendor().create(analyst());
        Map<String, Object> update = vendor().platforms(id).with("version", 0).build();

        Response refused = analyst().put("/api/v1/vendors/" + id, update);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(fieldErrors(refused).get("platformIds")).contains("own platform");
    }

    @Test
    void updateBumpsVersionAndStaleVersionIsRejectedWith409() {
        long id = vendor().create(analyst());
        Map<String, Object> first = vendor("Renamed").with("version", 0).build();

        Response updated = analyst().put("/api/v1/vendors/" + id, first);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.map()).containsEntry("version", 1).containsEntry("name", first.get("name"));
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");

        Response stale = analyst().put("/api/v1/vendors/" + id, vendor("Lost update").with("version", 0).build());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.map().get("detail").toString()).contains("changed by someone else");
        assertThat(viewer().get("/api/v1/vendors/" + id).map()).containsEntry("name", first.get("name"));
    }

    @Test
    void staleIfMatchIsRejectedWith412() {
        long id = vendor().create(analyst());
        analyst().put("/api/v1/vendors/" + id, vendor().with("version", 0).build());

        Response stale = analyst().put("/api/v1/vendors/" + id, vendor().with("version", 1).build(), "If-Match", "\"0\"");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(viewer().get("/api/v1/vendors/" + id).map()).containsEntry("version", 1);
    }

    @Test
    void duplicateNameOrExternalIdIsAConflict() {
        Map<String, Object> first = vendor().with("externalId", "EXT-" + System.nanoTime()).build();
        assertThat(analyst().post("/api/v1/vendors", first).status()).isEqualTo(201);

        Response sameName = analyst().post("/api/v1/vendors", vendor().with("name", first.get("name")).build());
        Response sameExternalId = analyst().post("/api/v1/vendors", vendor().with("externalId", first.get("externalId")).build());

        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameExternalId.status()).isEqualTo(409);
    }

    @Test
    void deletedVendorIsGone() {
        long id = vendor().create(analyst());

        assertThat(admin().delete("/api/v1/vendors/" + id).status()).isEqualTo(204);
        assertThat(viewer().get("/api/v1/vendors/" + id).status()).isEqualTo(404);
        assertThat(admin().delete("/api/v1/vendors/" + id).status()).isEqualTo(404);
    }

    @SuppressWarnings("unchecked")
    static List<String> names(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(v -> (String) v.get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Long> refs(Map<String, Object> vendor, String field) {
        return ((List<Map<String, Object>>) vendor.get(field)).stream().map(r -> ((Number) r.get("id")).longValue()).toList();
    }
}
