package io.tollgate.integration;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ApiDocsPageTest extends IntegrationTest {

    @Test
    void referencePageLoadsOnlyItsOwnScriptsUnderTheStrictPolicy() {
        Response page = anonymous.get("/api/docs", "Accept", "text/html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-eval")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(page.body()).contains("src=\"/api/docs/swagger-ui/swagger-ui-bundle.js\"")
                .contains("src=\"/api/docs/init.js\"")
                .doesNotContain("<script>").doesNotContain("https://");
    }

    @Test
    void swaggerUiAssetsAndTheContractAreServedFromTheJar() {
        Response bundle = anonymous.get("/api/docs/swagger-ui/swagger-ui-bundle.js");
        Response css = anonymous.get("/api/docs/swagger-ui/swagger-ui.css");
        Response init = anonymous.get("/api/docs/init.js");
        Response contract = anonymous.get("/api/v1/openapi.yaml");

        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.body()).contains("SwaggerUIBundle");
        assertThat(css.status()).isEqualTo(200);
        assertThat(init.status()).isEqualTo(200);
        assertThat(init.header("Content-Type")).startsWith("text/javascript");
        assertThat(init.body()).contains("/api/v1/openapi.yaml");
        assertThat(contract.status()).isEqualTo(200);
        assertThat(contract.body()).contains("x-required-scope");
    }
}
