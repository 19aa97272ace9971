package io.tollgate.ratelimit;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.tollgate.api.model.Problem;
import io.tollgate.common.Problems;
import jakarta.inject.Singleton;

/** 429 problem+json with Retry-After in whole seconds. */
@Produces
@Singleton
public class RateLimitedHandler implements ExceptionHandler<RateLimitedException, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, RateLimitedException exception) {
        return response(exception);
    }

    static MutableHttpResponse<Problem> response(RateLimitedException exception) {
        return Problems.response(429, exception.getMessage())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(exception.retryAfterSeconds()));
    }
}
