package io.tollgate.common;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.tollgate.testsupport.VendorBuilder.vendor;
import static io.tollgate.testsupport.ApiClient.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

/** Every bad input gets problem+json with the right status and a message a client can act on. */
@MicronautTest(transactional = false)
class ErrorResponsesTest extends IntegrationTest {

    @Test
    void malformedJsonIs400WithoutParserInternals() {
        Response r = analyst().send("POST", "/api/v1/vendors", "{\"name\": \"Acme\", ", "application/json");

        assertProblem(r, 400);
        assertThat(r.body()).doesNotContain("jackson").doesNotContain("Exception").doesNotContain("at [Source");
    }

    @Test
    void wrongTypesAre400Or422NamingTheField() {
        Response r = analyst().post("/api/v1/vendors", vendor().with("tier", "EXTREME").build());

        assertThat(r.status()).isIn(400, 422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.body()).contains("tier");
        assertThat(r.body()).doesNotContain("Exception");
    }

    @Test
    void missingAndInvalidFieldsAre422WithOneErrorPerField() {
        Map<String, Object> body = vendor().without("name").with("website", "not a url")
                .with("securityContact", "nobody").with("externalId", "has spaces").build();

        Response r = analyst().post("/api/v1/vendors", body);

        assertProblem(r, 422);
        assertThat(fieldErrors(r)).containsKeys("name", "website", "securityContact", "externalId");
    }

    @Test
    void overlongStringsAndTooManyItemsAre422() {
        Response r = analyst().post("/api/v1/vendors", vendor().with("name", "x".repeat(201))
                .with("services", java.util.Collections.nCopies(51, "svc")).build());

        assertProblem(r, 422);
        assertThat(fieldErrors(r)).containsKeys("name", "services");
    }

    @Test
    void unknownIdIs404AndNonNumericIdIs400() {
        assertProblem(viewer().get("/api/v1/vendors/999999999"), 404);
        Response r = viewer().get("/api/v1/vendors/abc");
        assertProblem(r, 400);
        assertThat(r.body()).contains("vendorId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=201", "size=abc", "page=-1", "sort=colour", "category=SPACESHIPS",
            "q=" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij"
                    + "abcdefghij" + "abcdefghij" + "abcdefghij" + "x"})
    void badPagingAndFilterParametersAre400(String query) {
        Response r = viewer().get("/api/v1/vendors?" + query);

        assertProblem(r, 400);
        assertThat(r.map().get("detail").toString()).contains(query.substring(0, query.indexOf('=')));
    }

    @Test
    void wrongContentTypeIs415() {
        Response r = analyst().send("POST", "/api/v1/vendors", "name=Acme", "application/x-www-form-urlencoded");

        assertProblem(r, 415);
    }

    @Test
    void oversizedBodyIs413AndStoresNothing() {
        String huge = "{\"name\":\"Huge\",\"website\":\"https://h.example\",\"category\":\"CRM\",\"description\":\""
                + "x".repeat(1_100_000) + "\"}";

        Response r = analyst().send("POST", "/api/v1/vendors", huge, "application/json");

        assertThat(r.status()).isEqualTo(413);
        assertThat(viewer().get("/api/v1/vendors?q=Huge").map()).containsEntry("totalItems", 0);
    }

    @Test
    void unknownApiPathIs404Problem() {
        assertProblem(viewer().get("/api/v1/no-such-thing"), 404);
    }

    private static void assertProblem(Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        Map<String, Object> problem = r.map();
        assertThat(problem).containsEntry("status", status).containsKeys("title", "detail");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("java.").doesNotContain("SQL");
    }
}
