package io.tollgate.portal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * A portal token opens the portal and nothing else. {@link PortalTokenValidator} already ignores the token
 * outside /api/v1/portal/; this rule is the second lock: a PORTAL authentication is rejected anywhere else,
 * including operations open to any signed-in user, before the @Secured rule is consulted.
 */
@Singleton
public class PortalAccessRule implements SecurityRule<HttpRequest<?>> {
    static final String PORTAL_PATH = "/api/v1/portal/";

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication != null && authentication.getRoles().contains(PortalAccess.ROLE)
                && !request.getPath().startsWith(PORTAL_PATH)) {
            return Mono.just(SecurityRuleResult.REJECTED);
        }
        return Mono.just(SecurityRuleResult.UNKNOWN);
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 100;
    }
}
