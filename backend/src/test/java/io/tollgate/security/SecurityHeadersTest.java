package io.tollgate.security;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SecurityHeadersTest extends IntegrationTest {

    @Test
    void theAppShellIsServedWithAStrictContentSecurityPolicy() {
        Response page = anonymous.get("/", "Accept", "text/html");

        assertThat(page.status()).isEqualTo(200);
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(csp).doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void apiResponsesAreNotCachedAndErrorsCarryTheHeadersToo() {
        Response ok = viewer().get("/api/v1/vendors");
        Response denied = anonymous.get("/api/v1/vendors");

        assertThat(ok.header("Cache-Control")).isEqualTo("no-store");
        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void hstsIsSentBehindATlsTerminatingProxy() {
        Response r = anonymous.get("/health", "X-Forwarded-Proto", "https");

        assertThat(r.header("Strict-Transport-Security")).startsWith("max-age=");
    }
}
