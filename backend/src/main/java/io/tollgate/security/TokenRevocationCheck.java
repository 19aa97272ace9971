package io.tollgate.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * A signed, unexpired token is honoured only while its user still exists, is enabled, and has not signed
 * out since it was issued: the token's generation claim must equal the user's current token_generation,
 * which logout increments. One primary-key-sized read per request (the unique username index), no cache,
 * so a revocation takes effect on every instance at once. The JWT validator runs on the blocking pool
 * (micronaut.security.token.jwt.nimbus.reactive-validator-execute-on-blocking), where this read belongs.
 */
@Singleton
public class TokenRevocationCheck implements GenericJwtClaimsValidator<HttpRequest<?>> {
    public static final String GENERATION_CLAIM = "tgen";
    public static final String DATABASE_UNAVAILABLE = "tollgate.token-check.database-unavailable";

    private final UserRepository users;

    public TokenRevocationCheck(UserRepository users) {
        this.users = users;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Object subject = claims.get(Claims.SUBJECT);
        if (!(subject instanceof String username) || !(claims.get(GENERATION_CLAIM) instanceof Number generation)) {
            return false;
        }
        try {
            return users.findTokenStateByUsername(username)
                    .map(state -> state.enabled() && state.tokenGeneration() == generation.intValue())
                    .orElse(false);
        } catch (RuntimeException e) {
            // The token could not be checked (the database is down): refused, but marked so that the answer is
            // 503 with Retry-After (ProblemResponses), not a 401 that would send clients to sign in again.
            if (request != null) {
                request.setAttribute(DATABASE_UNAVAILABLE, Boolean.TRUE);
            }
            return false;
        }
    }
}
