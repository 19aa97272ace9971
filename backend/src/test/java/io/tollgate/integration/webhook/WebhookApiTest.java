package io.tollgate.integration.webhook;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.WebhookBuilder.webhook;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class WebhookApiTest extends IntegrationTest {
    private static final String URL = "http://127.0.0.1:9/hook";

    @Test
    @SuppressWarnings("unchecked")
    void theSecretIsShownOnceAtCreationAndNeverListedOrReadAgain() {
        Response created = admin().post("/api/v1/webhooks", webhook(URL, "vendor.score_changed", "incident.published")
                .with("minScoreDelta", 7.5).build());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/webhooks/" + created.map().get("id"));
        assertThat((String) created.map().get("secret")).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(created.map()).containsEntry("minScoreDelta", 7.5).containsEntry("active", true).containsEntry("version", 0);
        assertThat((List<Object>) created.map().get("eventTypes")).containsExactlyInAnyOrder("vendor.score_changed", "incident.published");

        Response read = admin().get("/api/v1/webhooks/" + created.map().get("id"));
        assertThat(read.map()).doesNotContainKey("secret").containsEntry("url", URL);
        assertThat(admin().get("/api/v1/webhooks?size=200").body()).doesNotContain((String) created.map().get("secret"));
        admin().delete("/api/v1/webhooks/" + created.map().get("id"));
    }

    @Test
    void onlyAdminsManageWebhooks() {
        assertThat(analyst().post("/api/v1/webhooks", webhook(URL).build()).status()).isEqualTo(403);
        assertThat(viewer().get("/api/v1/webhooks").status()).isEqualTo(403);
        assertThat(anonymous.get("/api/v1/webhooks").status()).isEqualTo(401);
    }

    @Test
    void urlsMustBeHttpOrHttpsAndEventTypesKnown() {
        Response ftp = admin().post("/api/v1/webhooks", webhook("ftp://127.0.0.1/hook").build());
        assertThat(ftp.status()).isEqualTo(422);
        assertThat(ApiClient.fieldErrors(ftp)).containsOnlyKeys("url");
        assertThat(admin().post("/api/v1/webhooks", webhook("https://example.com/" + "a".repeat(2000)).build()).status()).isEqualTo(422);
        assertThat(admin().post("/api/v1/webhooks", webhook(URL).with("eventTypes", List.of()).build()).status()).isEqualTo(422);
        assertThat(admin().post("/api/v1/webhooks", webhook(URL, "vendor.deleted").build()).status()).isEqualTo(400);
        Response unresolvable = admin().post("/api/v1/webhooks", webhook("https://no-such-host.invalid/hook").build());
        assertThat(unresolvable.status()).isEqualTo(422);
        assertThat(ApiClient.fieldErrors(unresolvable)).containsKey("url");
    }

    @Test
    void privateAndLoopbackAddressesAreRefusedUnlessAllowed() {
        WebhookUrls strict = new WebhookUrls(false);
        for (String url : List.of("http://127.0.0.1/hook", "http://localhost:8080/", "http://10.1.2.3/", "http://192.168.0.10/",
                "http://172.16.5.4/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[fd00::1]/",
                "http://0.0.0.0/", "http://100.64.0.1/", "http://[::ffff:10.0.0.1]/")) {
            assertThat(strict.problem(url)).as(url).hasValueSatisfying(p -> assertThat(p).contains("private address"));
        }
        assertThat(strict.problem("http://93.184.215.14/hook")).isEmpty();
        assertThat(strict.problem("https://user:pw@93.184.215.14/")).isPresent();
        assertThat(new WebhookUrls(true).problem("http://127.0.0.1/hook")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void updatesAreOptimisticAndKeepTheSecret() {
        Map<String, Object> created = webhook(URL).create(admin());
        String path = "/api/v1/webhooks/" + created.get("id");
        Map<String, Object> change = webhook("http://127.0.0.1:10/other", "assessment.submitted")
                .with("active", false).with("version", 0).build();

        Response updated = admin().put(path, change);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.map()).containsEntry("url", "http://127.0.0.1:10/other").containsEntry("active", false)
                .containsEntry("version", 1).doesNotContainKey("secret");
        assertThat((List<Object>) updated.map().get("eventTypes")).containsExactly("assessment.submitted");
        assertThat(admin().put(path, change).status()).as("stale version").isEqualTo(409);
        change.put("version", 1);
        assertThat(admin().put(path, change, "If-Match", "\"0\"").status()).as("stale ETag").isEqualTo(412);
        assertThat(admin().post(path + "/test", Map.of()).status()).as("inactive").isEqualTo(409);

        assertThat(admin().delete(path).status()).isEqualTo(204);
        assertThat(admin().get(path).status()).isEqualTo(404);
        assertThat(admin().get(path + "/deliveries").status()).isEqualTo(404);
    }

    @Test
    void backoffGrowsExponentiallyWithJitterUpToTheCap() {
        java.time.Duration base = java.time.Duration.ofSeconds(30);
        java.time.Duration max = java.time.Duration.ofHours(6);
        for (int i = 0; i < 200; i++) {
            assertThat(WebhookDeliveries.backoff(1, base, max).toMillis()).isBetween(15_000L, 30_000L);
            assertThat(WebhookDeliveries.backoff(4, base, max).toMillis()).isBetween(120_000L, 240_000L);
            assertThat(WebhookDeliveries.backoff(40, base, max).toMillis()).isBetween(max.toMillis() / 2, max.toMillis());
        }
        assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(i -> WebhookDeliveries.backoff(3, base, max)).distinct().count())
                .as("jitter").isGreaterThan(1);
    }
}
