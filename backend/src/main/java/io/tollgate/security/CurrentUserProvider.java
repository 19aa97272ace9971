package io.tollgate.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;

/** The signed-in principal of the current request. */
@Singleton
public class CurrentUserProvider {
    private final SecurityService security;

    public CurrentUserProvider(SecurityService security) {
        this.security = security;
    }

    public Authentication require() {
        return security.getAuthentication().orElseThrow(() -> new AuthorizationException(null));
    }

    public String username() {
        return security.username().orElse("system");
    }
}
