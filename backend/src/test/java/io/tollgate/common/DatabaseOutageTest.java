package io.tollgate.common;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.security.TokenRevocationCheck;
import io.tollgate.testsupport.ApiClient;
import io.tollgate.testsupport.ApiClient.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With the database unreachable, requests fail fast with 503 instead of hanging or leaking pool internals. */
@MicronautTest(transactional = false)
// A port nothing listens on: connections are refused, as when the database is down.
@Property(name = "datasources.default.url", value = "jdbc:mysql://127.0.0.1:9/tollgate_test")
@Property(name = "datasources.default.initialization-fail-timeout", value = "-1")
@Property(name = "flyway.datasources.default.enabled", value = "false")
class DatabaseOutageTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    JwtTokenGenerator tokens;

    @Test
    void databaseOutageGives503WithRetryAfterWithinFiveSeconds() {
        String token = tokens.generateToken(Authentication.build("analyst", List.of("ANALYST"),
                Map.of(TokenRevocationCheck.GENERATION_CLAIM, 0)), 600).orElseThrow();
        ApiClient api = new ApiClient(server.getURI(), json).as(token);

        long start = System.nanoTime();
        Response r = api.get("/api/v1/vendors");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(r.status()).as(r.toString()).isEqualTo(503);
        assertThat(r.header("Retry-After")).isNotBlank();
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.body()).doesNotContain("HikariPool").doesNotContain("Communications link").doesNotContain("Exception");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }
}
