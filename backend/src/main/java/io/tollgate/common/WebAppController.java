package io.tollgate.common;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the contract and lets the single-page app own its routes: a browser navigation to an
 * unknown path outside /api gets index.html, anything else keeps its problem+json 404.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class WebAppController {
    private final byte[] contract;
    private final byte[] indexHtml;

    public WebAppController(ResourceResolver resources) {
        this.contract = read(resources, "classpath:tollgate/contract/openapi.yaml");
        this.indexHtml = read(resources, "classpath:public/index.html");
    }

    @Get("/api/v1/openapi.yaml")
    @Produces("application/yaml")
    public HttpResponse<byte[]> contract() {
        return HttpResponse.ok(contract).header("Cache-Control", "no-cache");
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    public HttpResponse<?> notFound(HttpRequest<?> request) {
        String path = request.getPath();
        boolean browserNavigation = request.getMethod() == HttpMethod.GET
                && !path.startsWith("/api/") && !path.startsWith("/assets/")
                && request.accept().stream().anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
        if (browserNavigation && indexHtml != null) {
            return HttpResponse.ok(indexHtml).contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-cache");
        }
        // The path is not echoed back: reflected input in error bodies is an injection vector.
        return Problems.response(404, "Nothing exists at this address.");
    }

    private static byte[] read(ResourceResolver resources, String location) {
        return resources.getResourceAsStream(location).map(WebAppController::readAll).orElse(null);
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
