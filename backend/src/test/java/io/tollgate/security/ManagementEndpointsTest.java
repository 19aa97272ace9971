package io.tollgate.security;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ManagementEndpointsTest extends IntegrationTest {

    @Test
    void metricsAreForAdministratorsOnly() {
        assertThat(anonymous.get("/prometheus").status()).isEqualTo(401);
        assertThat(viewer().get("/prometheus").status()).isEqualTo(403);
        assertThat(analyst().get("/prometheus").status()).isEqualTo(403);
        Response metrics = admin().get("/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory");
    }

    @Test
    void healthTellsAnonymousCallersOnlyUpOrDown() {
        Response health = anonymous.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("UP").doesNotContain("jdbc").doesNotContain("details");
    }

    @Test
    void otherManagementEndpointsAreNotOpen() {
        for (String path : new String[]{"/env", "/beans", "/loggers", "/routes", "/info", "/metrics"}) {
            assertThat(anonymous.get(path).status()).as(path).isIn(401, 404);
        }
    }

    @Test
    void aChunkedJsonBodyOverOneMegabyteIsRefusedAndStoresNothing() throws Exception {
        // The server reads whole bodies (full_content), so a chunked body is measured once it has arrived: one over
        // the 1 MB JSON limit is refused like one that declared its length, and a small one is simply accepted.
        String name = "Chunked " + System.nanoTime();
        String padding = "x".repeat(1_100_000);
        byte[] body = ("{\"name\":\"" + name + "\",\"website\":\"https://c.example\",\"category\":\"CRM\",\"description\":\""
                + padding + "\"}").getBytes();
        String token = analystToken();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURI() + "/api/v1/vendors"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                // An input stream of unknown length: the client sends it with Transfer-Encoding: chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(viewer().get("/api/v1/vendors?q=" + name.replace(" ", "+")).map()).containsEntry("totalItems", 0);
        assertThat(vendor().create(analyst())).as("a small body is accepted").isPositive();
    }

    private String analystToken() {
        return io.tollgate.testsupport.TestUsers.tokenFor(Role.ANALYST, users, hasher, anonymous);
    }
}
