package io.tollgate.integration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpMethod;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.Optional;

/**
 * Authorises requests made with API tokens, before the @Secured rule: the token may call an operation of the
 * contract only if the operation's {@code x-required-scope} is among the token's scopes. The operation is found by
 * the route's method and path template, which are the contract's own (not by the Java method name: an operation
 * with two request media types is generated as two methods, one with a suffixed name). Everything else (operations
 * without a scope, routes outside the contract) is refused. Requests made with other credentials are left to the
 * other rules; an API token never carries a user role, so @Secured role lists never let it through either.
 */
@Singleton
public class ApiTokenAccessRule implements SecurityRule<HttpRequest<?>> {
    private final OperationScopes scopes;

    public ApiTokenAccessRule(OperationScopes scopes) {
        this.scopes = scopes;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null || !authentication.getRoles().contains(ApiTokenAccess.ROLE)) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        boolean allowed = route(request).flatMap(route -> scopes.required(route.method(), route.path()))
                .map(scope -> authentication.getRoles().contains(scope))
                .orElse(false);
        return Mono.just(allowed ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }

    record Route(String method, String path) {
    }

    /**
     * The method and path template of the route the request was routed to, as the contract names operations. A HEAD
     * request is answered by its GET operation, so it needs the GET's scope.
     */
    static Optional<Route> route(HttpRequest<?> request) {
        return RouteAttributes.getRouteInfo(request)
                .filter(UriRouteInfo.class::isInstance)
                .map(info -> (UriRouteInfo<?, ?>) info)
                .map(info -> new Route(info.getHttpMethod() == HttpMethod.HEAD ? HttpMethod.GET.name() : info.getHttpMethodName(),
                        info.getUriMatchTemplate().toPathString()));
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 100;
    }
}
