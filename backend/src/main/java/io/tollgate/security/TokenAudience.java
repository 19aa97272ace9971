package io.tollgate.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Tokens name Tollgate's API as their audience, and the validator requires it (same property), so a token
 * minted for another service with the same key is not accepted here. The issuer is the application name.
 */
@Singleton
public class TokenAudience implements ClaimsAudienceProvider {
    private final String audience;

    public TokenAudience(@Value("${micronaut.security.token.jwt.claims-validators.audience}") String audience) {
        this.audience = audience;
    }

    @Override
    public List<String> audience() {
        return List.of(audience);
    }
}
