package io.tollgate.integration;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The human-readable API reference: Swagger UI (assets from its webjar, served at /api/docs/swagger-ui/) rendering
 * the contract at /api/v1/openapi.yaml. It runs under the application's Content-Security-Policy unchanged: its
 * scripts are files on this origin, its styles are inline (already allowed for Mantine), and it fetches only
 * from this origin.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class ApiDocsController {
    private final byte[] page;
    private final byte[] script;

    public ApiDocsController(ResourceResolver resources) {
        this.page = read(resources, "classpath:api-docs/index.html");
        this.script = read(resources, "classpath:api-docs/init.js");
    }

    @Get("/api/docs")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<byte[]> page() {
        return HttpResponse.ok(page).header("Cache-Control", "no-cache");
    }

    @Get("/api/docs/init.js")
    @Produces("text/javascript")
    public HttpResponse<byte[]> script() {
        return HttpResponse.ok(script).header("Cache-Control", "no-cache");
    }

    private static byte[] read(ResourceResolver resources, String location) {
        try (InputStream in = resources.getResourceAsStream(location)
                .orElseThrow(() -> new IllegalStateException(location + " is missing"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
