package io.tollgate.integration;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.ExecutorService;

/**
 * Recognises API tokens ({@code tga_...}) in the bearer header. Invitation tokens ({@code tgp_}) and JWTs do not
 * have this shape, and neither of their validators can read an API token: each kind is accepted by exactly one.
 * Under /api/v1/portal/ an API token is no credential at all (401); elsewhere {@link ApiTokenAccessRule} decides
 * what its scopes open.
 */
@Singleton
public class ApiTokenValidator implements TokenValidator<HttpRequest<?>> {
    static final String PORTAL_PATH = "/api/v1/portal/";

    private final ApiTokenService tokens;
    private final Scheduler blocking;

    public ApiTokenValidator(ApiTokenService tokens, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.tokens = tokens;
        this.blocking = Schedulers.fromExecutorService(executor);
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        if (!ApiTokenSecrets.looksLikeToken(token) || request == null || request.getPath().startsWith(PORTAL_PATH)) {
            return Mono.empty();
        }
        // The lookup is a database read: keep it off the event loop.
        return Mono.fromCallable(() -> tokens.authenticate(token).orElse(null)).subscribeOn(blocking);
    }
}
