package io.tollgate.integration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.MethodExecutionHandle;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.MethodBasedRouteInfo;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.Optional;

/**
 * Authorises requests made with API tokens, before the @Secured rule: the token may call an operation of the
 * contract only if the operation's {@code x-required-scope} is among the token's scopes. The operation is found by
 * the Java method name, which the generated interfaces take from the operationId. Everything else (operations
 * without a scope, routes outside the contract) is refused. Requests made with other credentials are left to the
 * other rules; an API token never carries a user role, so @Secured role lists never let it through either.
 */
@Singleton
public class ApiTokenAccessRule implements SecurityRule<HttpRequest<?>> {
    static final String GENERATED_API_PACKAGE = "io.tollgate.api";

    private final OperationScopes scopes;

    public ApiTokenAccessRule(OperationScopes scopes) {
        this.scopes = scopes;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null || !authentication.getRoles().contains(ApiTokenAccess.ROLE)) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        boolean allowed = operationId(request).flatMap(scopes::required)
                .map(scope -> authentication.getRoles().contains(scope))
                .orElse(false);
        return Mono.just(allowed ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }

    /** The operationId of the contract operation the request was routed to, if it was routed to one. */
    static Optional<String> operationId(HttpRequest<?> request) {
        return RouteAttributes.getRouteInfo(request)
                .filter(MethodBasedRouteInfo.class::isInstance)
                .map(info -> ((MethodBasedRouteInfo<?, ?>) info).getTargetMethod())
                .filter(ApiTokenAccessRule::implementsContract)
                .map(MethodExecutionHandle::getMethodName);
    }

    private static boolean implementsContract(MethodExecutionHandle<?, ?> method) {
        // Walk up: the bean may be a generated subclass (validation, AOP) of the controller.
        for (Class<?> type = method.getDeclaringType(); type != null; type = type.getSuperclass()) {
            if (Arrays.stream(type.getInterfaces()).anyMatch(i -> i.getPackageName().equals(GENERATED_API_PACKAGE))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 100;
    }
}
