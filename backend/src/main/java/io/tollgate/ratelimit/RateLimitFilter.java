package io.tollgate.ratelimit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.tollgate.portal.PortalAccess;

/**
 * Limits every token-authenticated API call: portal calls per invitation token, all others per principal
 * (user, and later API token). It runs after authentication, so only callers holding a valid token
 * spend allowance; sign-in has its own limits ({@code LoginGuard}).
 */
@ServerFilter("/api/**")
public class RateLimitFilter implements Ordered {
    private final RateLimiter limiter;

    public RateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> limit(HttpRequest<?> request) {
        Authentication authentication = request.getUserPrincipal(Authentication.class).orElse(null);
        if (authentication == null) {
            return null;
        }
        try {
            if (authentication.getRoles().contains(PortalAccess.ROLE)) {
                String token = request.getHeaders().getAuthorization().orElse("");
                limiter.check(RateLimiter.PORTAL_PER_TOKEN, token);
            } else {
                limiter.check(RateLimiter.API_PER_PRINCIPAL, authentication.getName());
            }
        } catch (RateLimitedException e) {
            return RateLimitedHandler.response(e);
        }
        return null;
    }

    /** Just after the security filter has authenticated the request. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
