package io.tollgate.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The server accepts bodies up to micronaut.server.max-request-size (sized for evidence uploads);
 * every other request body is limited to 1 MB here, by its declared length, before it is read. A body
 * without a declared length (chunked transfer encoding) could grow past that unseen, so outside the
 * evidence upload it is refused too: JSON clients always know their body's length.
 */
@ServerFilter("/api/**")
public class RequestSizeLimit implements Ordered {
    static final long JSON_LIMIT = 1024 * 1024;
    static final String EVIDENCE_UPLOAD = "/api/v1/portal/assessment/evidence";

    @RequestFilter
    @Nullable
    public HttpResponse<?> limit(HttpRequest<?> request) {
        if (request.getPath().equals(EVIDENCE_UPLOAD)) {
            return null;
        }
        if (request.getContentLength() > JSON_LIMIT) {
            return Problems.response(413, "The request body is too large.");
        }
        if (request.getContentLength() < 0 && request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return Problems.response(413, "Send the request body with a Content-Length (at most 1 MB); "
                    + "only evidence uploads may use chunked transfer encoding.");
        }
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
