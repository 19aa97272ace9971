package io.tollgate.integration;

import io.micronaut.data.model.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.tollgate.api.ApiTokensApi;
import io.tollgate.api.model.ApiTokenCreate;
import io.tollgate.api.model.ApiTokenCreated;
import io.tollgate.api.model.ApiTokenPage;
import io.tollgate.api.model.ApiTokenScope;
import io.tollgate.api.model.ApiTokenStatus;
import io.tollgate.security.CurrentUserProvider;
import io.tollgate.security.Role;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Administrators manage API tokens; API tokens themselves never reach this controller (no x-required-scope). */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class ApiTokenController implements ApiTokensApi {
    private final ApiTokenService tokens;
    private final CurrentUserProvider currentUser;

    public ApiTokenController(ApiTokenService tokens, CurrentUserProvider currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(Role.ADMIN_NAME)
    public HttpResponse<ApiTokenCreated> createApiToken(ApiTokenCreate body, String idempotencyKey) {
        ApiTokenService.Created created = tokens.create(body.getName(), body.getScopes(), body.getExpiresInDays(),
                currentUser.username());
        ApiToken t = created.token();
        ApiTokenCreated response = new ApiTokenCreated(t.id(), t.name(), t.prefix(), scopes(t), t.status(tokens.now()),
                t.createdBy(), utc(t.createdAt()), utc(t.expiresAt()), created.secret());
        return HttpResponse.created(response, URI.create("/api/v1/api-tokens/" + t.id()));
    }

    @Override
    @Secured(Role.ADMIN_NAME)
    public ApiTokenPage listApiTokens(Integer page, Integer size, ApiTokenStatus status) {
        Page<ApiToken> result = tokens.list(status, page, size);
        Instant now = tokens.now();
        return new ApiTokenPage(result.getContent().stream().map(t -> toApi(t, now)).toList(), page, size,
                result.getTotalSize(), result.getTotalPages());
    }

    @Override
    @Secured(Role.ADMIN_NAME)
    public HttpResponse<Void> revokeApiToken(Long apiTokenId) {
        tokens.revoke(apiTokenId);
        return HttpResponse.noContent();
    }

    static io.tollgate.api.model.ApiToken toApi(ApiToken t, Instant now) {
        return new io.tollgate.api.model.ApiToken(t.id(), t.name(), t.prefix(), scopes(t), t.status(now), t.createdBy(),
                utc(t.createdAt()), utc(t.expiresAt()))
                .lastUsedAt(utc(t.lastUsedAt()))
                .revokedAt(utc(t.revokedAt()));
    }

    private static List<ApiTokenScope> scopes(ApiToken t) {
        return t.scopeList().stream().map(ApiTokenScope::fromValue).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
