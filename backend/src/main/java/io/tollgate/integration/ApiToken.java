package io.tollgate.integration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.tollgate.api.model.ApiTokenScope;
import io.tollgate.api.model.ApiTokenStatus;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** A machine client's token (migration V19). {@code scopes} is space-separated, e.g. "vendors:read risk:read". */
@MappedEntity("api_token")
public record ApiToken(@Id @GeneratedValue Long id,
                       String name,
                       String prefix,
                       String secretHash,
                       String scopes,
                       String createdBy,
                       Instant createdAt,
                       Instant expiresAt,
                       @Nullable Instant lastUsedAt,
                       @Nullable Instant revokedAt) {

    public List<String> scopeList() {
        return Arrays.stream(scopes.split(" ")).filter(s -> !s.isEmpty()).toList();
    }

    public ApiTokenStatus status(Instant now) {
        if (revokedAt != null) {
            return ApiTokenStatus.REVOKED;
        }
        return expiresAt.isAfter(now) ? ApiTokenStatus.ACTIVE : ApiTokenStatus.EXPIRED;
    }

    static String joinScopes(Collection<ApiTokenScope> scopes) {
        return scopes.stream().map(ApiTokenScope::getValue).distinct().sorted().collect(Collectors.joining(" "));
    }
}
