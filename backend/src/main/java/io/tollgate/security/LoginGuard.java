package io.tollgate.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.tollgate.audit.AuditLog;
import io.tollgate.ratelimit.RateLimiter;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything sign-in does besides checking the password: rate limits per client address and per
 * username (429), and a lockout with exponential backoff after repeated failures. A locked account
 * gets the same 401 as a wrong password or an unknown user, after the same bcrypt work, so neither
 * the answer nor its timing tells whether a username exists or is locked. Every attempt that gets past the rate
 * limits is an audit event ({@code auth.login}) with the username and how it ended, never the password.
 */
@Singleton
public class LoginGuard {
    private final RateLimiter limiter;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final ClientAddress addresses;
    private final Clock clock;
    private final AuditLog audit;
    private final int threshold;
    private final Duration baseLock;
    private final Duration maxLock;

    public LoginGuard(RateLimiter limiter, UserRepository users, PasswordHasher hasher, ClientAddress addresses, Clock clock, AuditLog audit,
                      @Value("${tollgate.login.lockout.threshold:5}") int threshold,
                      @Value("${tollgate.login.lockout.base:30s}") Duration baseLock,
                      @Value("${tollgate.login.lockout.max:15m}") Duration maxLock) {
        this.limiter = limiter;
        this.users = users;
        this.hasher = hasher;
        this.addresses = addresses;
        this.clock = clock;
        this.audit = audit;
        this.threshold = threshold;
        this.baseLock = baseLock;
        this.maxLock = maxLock;
    }

    /** The user whose password this is, or empty; throws 429 when the address or username is over its limit. */
    public Optional<User> authenticate(HttpRequest<?> request, String username, String password) {
        String address = addresses.of(request);
        limiter.check(RateLimiter.LOGIN_PER_IP, address);
        limiter.check(RateLimiter.LOGIN_PER_USERNAME, username.toLowerCase(Locale.ROOT));

        Optional<User> found = users.findByUsername(username);
        if (found.isEmpty()) {
            hasher.burnDecoyCheck(password);
            return refused(request, username, "UNKNOWN_USER");
        }
        User user = found.get();
        // The hash is checked even when the outcome is already known, so every refusal costs the same time.
        boolean passwordMatches = hasher.matches(password, user.passwordHash());
        boolean locked = user.lockedUntil() != null && user.lockedUntil().isAfter(clock.instant());
        if (locked) {
            return refused(request, username, "LOCKED");
        }
        if (!passwordMatches) {
            users.recordFailedLogin(user.id(), clock.instant(), threshold, baseLock.toSeconds(), maxLock.toSeconds());
            return refused(request, username, "WRONG_PASSWORD");
        }
        if (!user.enabled()) {
            return refused(request, username, "DISABLED");
        }
        if (user.failedLoginCount() > 0 || user.lockedUntil() != null) {
            users.resetFailedLogins(user.id());
        }
        audit.signIn(request, user.username(), true, "SIGNED_IN");
        return Optional.of(user);
    }

    private Optional<User> refused(HttpRequest<?> request, String username, String result) {
        audit.signIn(request, username, false, result);
        return Optional.empty();
    }
}
