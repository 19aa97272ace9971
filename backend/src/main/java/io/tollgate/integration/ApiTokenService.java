package io.tollgate.integration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.security.authentication.Authentication;
import io.tollgate.api.model.ApiTokenScope;
import io.tollgate.api.model.ApiTokenStatus;
import io.tollgate.audit.AuditLog;
import io.tollgate.common.InvalidInputException;
import io.tollgate.common.NotFoundException;
import io.tollgate.common.Values;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Singleton
public class ApiTokenService {
    /** last_used_at is refreshed at most this often, so a busy integration does not cost a write per request. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);
    static final int DEFAULT_VALIDITY_DAYS = 90;

    private final ApiTokenRepository tokens;
    private final Clock clock;
    private final AuditLog audit;

    public ApiTokenService(ApiTokenRepository tokens, Clock clock, AuditLog audit) {
        this.tokens = tokens;
        this.clock = clock;
        this.audit = audit;
    }

    /** A new token and, once, its secret. */
    public record Created(ApiToken token, String secret) {
    }

    @Transactional
    public Created create(String name, Collection<ApiTokenScope> scopes, @Nullable Integer expiresInDays, String createdBy) {
        String trimmed = Values.blankToNull(name);
        if (trimmed == null) {
            throw new InvalidInputException("name", "must not be blank");
        }
        Instant now = Values.now(clock);
        String secret = ApiTokenSecrets.generate();
        int days = expiresInDays == null ? DEFAULT_VALIDITY_DAYS : expiresInDays;
        ApiToken saved = tokens.save(new ApiToken(null, trimmed, ApiTokenSecrets.displayPrefix(secret), ApiTokenSecrets.hash(secret),
                ApiToken.joinScopes(scopes), createdBy, now, now.plus(Duration.ofDays(days)), null, null));
        audit.record("api-token.create", "api-token", saved.id(), null, saved);
        return new Created(saved, secret);
    }

    public Page<ApiToken> list(@Nullable ApiTokenStatus status, int page, int size) {
        return tokens.search(status == null ? null : status.getValue(), Values.now(clock), Pageable.from(page, size));
    }

    public Instant now() {
        return Values.now(clock);
    }

    /** Revokes the token; revoking it again changes nothing (and records nothing). */
    @Transactional
    public void revoke(long id) {
        ApiToken before = tokens.findById(id).orElseThrow(() -> new NotFoundException("API token", id));
        if (tokens.revoke(id, Values.now(clock)) > 0) {
            audit.record("api-token.revoke", "api-token", id, before, tokens.findById(id).orElseThrow());
        }
    }

    /**
     * The authentication a valid secret stands for: the scopes as roles, beside the marker role. Unknown, revoked
     * and expired secrets authenticate nothing. Reads the row on every request (revocation takes effect at once,
     * on every instance); writes last_used_at only when the stored value is a minute old.
     */
    public Optional<Authentication> authenticate(String secret) {
        Optional<ApiToken> found = tokens.findBySecretHash(ApiTokenSecrets.hash(secret));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Instant now = Values.now(clock);
        if (token.status(now) != ApiTokenStatus.ACTIVE) {
            return Optional.empty();
        }
        Instant staleBefore = now.minus(LAST_USED_RESOLUTION);
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(staleBefore)) {
            tokens.touch(token.id(), now, staleBefore);
        }
        List<String> roles = new ArrayList<>(token.scopeList());
        roles.add(ApiTokenAccess.ROLE);
        return Optional.of(Authentication.build(ApiTokenAccess.PRINCIPAL_PREFIX + token.id(), roles,
                Map.of(ApiTokenAccess.TOKEN_ID, token.id(), ApiTokenAccess.TOKEN_NAME, token.name())));
    }
}
