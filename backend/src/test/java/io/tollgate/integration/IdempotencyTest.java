package io.tollgate.integration;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.ApiTokens;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.TemplateBuilder;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.tollgate.testsupport.ApiClient.fieldErrors;
import static io.tollgate.testsupport.Database.column;
import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class IdempotencyTest extends IntegrationTest {

    @Test
    void replayWithTheSameKeyReturnsTheSameResponseAndCreatesOneRow() throws SQLException {
        Map<String, Object> body = vendor("Idempotent").build();
        String key = UUID.randomUUID().toString();

        Response first = analyst().post("/api/v1/vendors", body, "Idempotency-Key", key);
        Response replay = analyst().post("/api/v1/vendors", body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(replay.header("Content-Type")).startsWith("application/json");
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(column("SELECT COUNT(*) FROM vendor WHERE name = ?", body.get("name"))).isEqualTo("1");
    }

    @Test
    void theSameKeyWithADifferentBodyIsRejectedWith422() {
        String key = UUID.randomUUID().toString();
        assertThat(analyst().post("/api/v1/vendors", vendor("Keyed").build(), "Idempotency-Key", key).status()).isEqualTo(201);

        Map<String, Object> other = vendor("Other").build();
        Response reused = analyst().post("/api/v1/vendors", other, "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(fieldErrors(reused)).containsKey("Idempotency-Key");
        assertThat(analyst().get("/api/v1/vendors?q=" + ((String) other.get("name")).replace(" ", "%20")).map())
                .containsEntry("totalItems", 0);
    }

    @Test
    void withoutAKeyEveryPostCreatesButConcurrentDuplicatesWithAKeyCreateOne() throws Exception {
        long templateId = TemplateBuilder.template().create(analyst());
        long vendorId = vendor("Assessed twice").create(analyst());
        Map<String, Object> body = Map.of("vendorId", vendorId, "templateId", templateId,
                "dueDate", LocalDate.now().plusDays(30).toString(), "respondentEmail", "security@vendor.example");

        assertThat(analyst().post("/api/v1/assessments", body).status()).isEqualTo(201);
        assertThat(analyst().post("/api/v1/assessments", body).status()).isEqualTo(201);
        assertThat(column("SELECT COUNT(*) FROM assessment WHERE vendor_id = ?", vendorId)).isEqualTo("2");

        String key = UUID.randomUUID().toString();
        ApiClient client = analyst();
        int parallel = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                Callable<Response> post = () -> {
                    start.await();
                    return client.post("/api/v1/assessments", body, "Idempotency-Key", key);
                };
                futures.add(pool.submit(post));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get());
            }
            assertThat(responses).extracting(Response::status).allSatisfy(s -> assertThat(s).isIn(201, 409));
            assertThat(responses).filteredOn(r -> r.status() == 201).extracting(Response::body).containsOnly(
                    responses.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().body());
        } finally {
            pool.shutdownNow();
        }
        assertThat(column("SELECT COUNT(*) FROM assessment WHERE vendor_id = ?", vendorId)).isEqualTo("3");
        Response replay = client.post("/api/v1/assessments", body, "Idempotency-Key", key);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(column("SELECT COUNT(*) FROM assessment WHERE vendor_id = ?", vendorId)).isEqualTo("3");
    }

    @Test
    void storedResponsesKeepOneTimeSecretsEncrypted() throws SQLException {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "Replayable", "scopes", List.of("vendors:read"));

        Response first = admin().post("/api/v1/api-tokens", body, "Idempotency-Key", key);
        Response replay = admin().post("/api/v1/api-tokens", body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        String secret = (String) first.map().get("token");
        assertThat(column("SELECT COUNT(*) FROM api_token WHERE prefix = ?", secret.substring(0, 10))).isEqualTo("1");
        String stored = column("SELECT response_body FROM idempotency_key WHERE response_body IS NOT NULL ORDER BY id DESC LIMIT 1");
        assertThat(stored).isNotNull().doesNotContain(secret).doesNotContain(secret.substring(4, 20));
        assertThat(column("SELECT COUNT(*) FROM idempotency_key WHERE request_hash = ? OR key_hash = ?", key, key)).isEqualTo("0");
    }

    @Test
    void keysArePerPrincipal() {
        String key = UUID.randomUUID().toString();
        ApiTokens.Issued token = ApiTokens.issue(admin(), "vendors:write");
        Response byAnalyst = analyst().post("/api/v1/vendors", vendor("Principal A").build(), "Idempotency-Key", key);
        Response byToken = token.client().post("/api/v1/vendors", vendor("Principal B").build(), "Idempotency-Key", key);

        assertThat(byAnalyst.status()).isEqualTo(201);
        assertThat(byToken.status()).isEqualTo(201);
        assertThat(byToken.header("Idempotent-Replayed")).isNull();
        assertThat(byToken.map().get("id")).isNotEqualTo(byAnalyst.map().get("id"));
    }

    @Test
    void malformedKeysAreRejectedWith400() {
        assertThat(analyst().post("/api/v1/vendors", vendor().build(), "Idempotency-Key", "has space").status()).isEqualTo(400);
        assertThat(analyst().post("/api/v1/vendors", vendor().build(), "Idempotency-Key", "k".repeat(256)).status()).isEqualTo(400);
    }
}
