package io.tollgate.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Browser hardening on every response. The UI loads only its own scripts; Mantine writes its
 * theme into style elements at run time, hence 'unsafe-inline' for styles only.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeaders implements Ordered {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Outermost, so responses the security filter short-circuits (401/403) get the headers too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        if (request.getPath().startsWith("/api/") && !headers.contains("Cache-Control")) {
            // API answers carry vendor data: keep them out of shared and browser caches.
            headers.set("Cache-Control", "no-store");
        }
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"))) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
