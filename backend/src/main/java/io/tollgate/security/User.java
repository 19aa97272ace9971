package io.tollgate.security;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A person who signs in. {@code failedLoginCount} and {@code lockedUntil} drive the sign-in lockout
 * ({@link LoginGuard}); {@code tokenGeneration} is carried in every token issued and bumped by logout,
 * which revokes all earlier tokens ({@link TokenRevocationCheck}).
 */
@MappedEntity("app_user")
public record User(@Id @GeneratedValue Long id,
                   String username,
                   String passwordHash,
                   Role role,
                   boolean enabled,
                   Instant createdAt,
                   int failedLoginCount,
                   @Nullable Instant lockedUntil,
                   int tokenGeneration) {

    @Creator
    public User {
    }

    /** A new account: no failed sign-ins, no tokens issued yet. */
    public User(Long id, String username, String passwordHash, Role role, boolean enabled, Instant createdAt) {
        this(id, username, passwordHash, role, enabled, createdAt, 0, null, 0);
    }
}
