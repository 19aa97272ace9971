package io.tollgate.vendor;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

/** A platform used by more vendors than a vendor read shows: the first 100 by name, the count, and the full list. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VendorUsedByApiTest extends IntegrationTest {
    private static final int USERS = 130;

    private String tag;
    private long platform;
    private long otherPlatform;
    /** The users' names in the order the API must give them. */
    private List<String> usersByName;

    /** Once for the class (the signed-in clients exist only from the base class's {@code @BeforeEach} on). */
    @BeforeEach
    void linkMoreUsersThanShown() {
        if (usersByName != null) {
            return;
        }
        tag = TestUsers.unique("Usedby").replace(" ", "");
        platform = vendor().with("name", tag + " platform").with("category", "CRM").create(analyst());
        otherPlatform = vendor().with("name", tag + " other platform").create(analyst());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            names.add(tag + " user " + String.format("%03d", i));
        }
        // Created in reverse name order, so that id order and name order disagree.
        for (int i = USERS - 1; i >= 0; i--) {
            var user = vendor().with("name", names.get(i));
            if (i % 10 == 0) {
                user.platforms(platform, otherPlatform);
            } else {
                user.platforms(platform);
            }
            user.create(analyst());
        }
        usersByName = names;
    }

    @Test
    void readShowsTheFirstHundredUsersByNameAndCountsThemAll() {
        Response read = viewer().get("/api/v1/vendors/" + platform);

        assertThat(read.status()).isEqualTo(200);
        assertThat(userNames(read.map())).containsExactlyElementsOf(usersByName.subList(0, VendorDetails.USED_BY_SHOWN));
        assertThat(read.map()).containsEntry("usedByCount", USERS);
    }

    @Test
    void listShowsTheSameUsersAndCountForEveryVendorOfThePage() {
        Response list = viewer().get("/api/v1/vendors?q=" + tag + "&sort=name&size=200");

        assertThat(list.status()).isEqualTo(200);
        Map<String, Object> listed = vendorNamed(list.map(), tag + " platform");
        assertThat(userNames(listed)).containsExactlyElementsOf(usersByName.subList(0, VendorDetails.USED_BY_SHOWN));
        assertThat(listed).containsEntry("usedByCount", USERS);
        // The other platform on the same page keeps its own users and count.
        Map<String, Object> other = vendorNamed(list.map(), tag + " other platform");
        assertThat(userNames(other)).containsExactlyElementsOf(
                usersByName.stream().filter(name -> Integer.parseInt(name.substring(name.length() - 3)) % 10 == 0).toList());
        assertThat(other).containsEntry("usedByCount", USERS / 10);
        // A vendor nobody uses.
        assertThat(vendorNamed(list.map(), usersByName.get(0))).containsEntry("usedByCount", 0)
                .containsEntry("usedBy", List.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void platformFilterPagesThroughEveryUser() {
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Response response = viewer().get("/api/v1/vendors?platformId=" + platform + "&sort=name&size=50&page=" + page);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.map()).containsEntry("totalItems", USERS).containsEntry("totalPages", 3);
            paged.addAll(VendorApiTest.names(response.map()));
        }
        assertThat(paged).containsExactlyElementsOf(usersByName);

        // Combined with the other filters like any of them.
        Response combined = viewer().get("/api/v1/vendors?platformId=" + otherPlatform + "&q=" + tag + "%20user%2001");
        assertThat(VendorApiTest.names(combined.map())).containsExactly(tag + " user 010");
        Response unused = viewer().get("/api/v1/vendors?platformId=" + usersVendorId());
        assertThat(unused.map()).containsEntry("totalItems", 0);
        assertThat((List<Object>) unused.map().get("items")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRenamedUserMovesToItsNewPlaceInTheNameOrder() {
        String prefix = TestUsers.unique("Renamed").replace(" ", "");
        long hub = vendor().with("name", prefix + " hub").create(analyst());
        for (String name : List.of(" b", " c", " d")) {
            vendor().with("name", prefix + name).platforms(hub).create(analyst());
        }
        long d = ((Number) ((List<Map<String, Object>>) viewer().get("/api/v1/vendors?q=" + prefix + "%20d").map()
                .get("items")).get(0).get("id")).longValue();
        Map<String, Object> current = viewer().get("/api/v1/vendors/" + d).map();
        Map<String, Object> update = new java.util.HashMap<>(vendor().with("name", prefix + " a").platforms(hub).build());
        update.put("version", current.get("version"));
        assertThat(analyst().put("/api/v1/vendors/" + d, update).status()).isEqualTo(200);

        List<String> expected = List.of(prefix + " a", prefix + " b", prefix + " c");
        assertThat(userNames(viewer().get("/api/v1/vendors/" + hub).map())).containsExactlyElementsOf(expected);
        assertThat(userNames(vendorNamed(viewer().get("/api/v1/vendors?q=" + prefix + "&size=50").map(), prefix + " hub")))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void invalidPlatformIdIsABadRequest() {
        for (String bad : List.of("0", "-1", "abc", "9007199254740992")) {
            Response refused = viewer().get("/api/v1/vendors?platformId=" + bad);

            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(bad).startsWith("application/problem+json");
        }
    }

    @SuppressWarnings("unchecked")
    private long usersVendorId() {
        Map<String, Object> page = viewer().get("/api/v1/vendors?q=" + usersByName.get(0).replace(" ", "%20")).map();
        return ((Number) ((List<Map<String, Object>>) page.get("items")).get(0).get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> vendorNamed(Map<String, Object> page, String name) {
        return ((List<Map<String, Object>>) page.get("items")).stream().filter(v -> name.equals(v.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no vendor named " + name + " on the page"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> userNames(Map<String, Object> vendor) {
        return ((List<Map<String, Object>>) vendor.get("usedBy")).stream().map(r -> (String) r.get("name")).toList();
    }
}
