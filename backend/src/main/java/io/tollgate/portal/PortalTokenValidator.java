package io.tollgate.portal;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import io.tollgate.assessment.PortalService;
import io.tollgate.assessment.PortalTokens;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Recognises invitation tokens ({@code tgp_...}) in the bearer header and turns a valid one into an
 * authentication with the single role PORTAL and the assessment id as an attribute. Anything else is left to
 * the JWT validator, which in turn cannot read a portal token: each kind of token is accepted by exactly one.
 * Only requests under /api/v1/portal/ are considered, so the token authenticates nothing else.
 */
@Singleton
public class PortalTokenValidator implements TokenValidator<HttpRequest<?>> {
    private final PortalService portal;
    private final Scheduler blocking;

    public PortalTokenValidator(PortalService portal, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.portal = portal;
        this.blocking = Schedulers.fromExecutorService(executor);
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        // Outside the portal an invitation token is no credential at all (401), not a credential lacking a role.
        if (!PortalTokens.looksLikeToken(token) || request == null || !request.getPath().startsWith(PortalAccessRule.PORTAL_PATH)) {
            return Mono.empty();
        }
        // The lookup is a database read: keep it off the event loop.
        return Mono.fromCallable(() -> portal.assessmentForToken(token)
                        .map(id -> Authentication.build("portal-assessment-" + id, List.of(PortalAccess.ROLE),
                                Map.of(PortalAccess.ASSESSMENT_ID, id)))
                        .orElse(null))
                .subscribeOn(blocking);
    }
}
