package io.tollgate.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.tollgate.api.AuthApi;
import io.tollgate.api.model.CurrentUser;
import io.tollgate.api.model.LoginRequest;
import io.tollgate.api.model.LoginResponse;
import io.tollgate.audit.AuditLog;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuthController implements AuthApi {
    private final LoginGuard guard;
    private final UserRepository users;
    private final AccessRefreshTokenGenerator tokens;
    private final CurrentUserProvider currentUser;
    private final AuditLog audit;

    public AuthController(LoginGuard guard, UserRepository users, AccessRefreshTokenGenerator tokens, CurrentUserProvider currentUser,
                          AuditLog audit) {
        this.guard = guard;
        this.users = users;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Override
    public LoginResponse login(LoginRequest request) {
        HttpRequest<?> http = ServerRequestContext.currentRequest().orElseThrow();
        User u = guard.authenticate(http, request.getUsername(), request.getPassword())
                .orElseThrow(InvalidCredentialsException::new);
        Authentication authentication = Authentication.build(u.username(), List.of(u.role().name()),
                Map.of(TokenRevocationCheck.GENERATION_CLAIM, u.tokenGeneration()));
        AccessRefreshToken token = tokens.generate(authentication)
                .orElseThrow(() -> new IllegalStateException("token generation failed"));
        return new LoginResponse(token.getAccessToken(), "Bearer", token.getExpiresIn(), u.username(),
                List.of(io.tollgate.api.model.Role.fromValue(u.role().name())));
    }

    /** The revocation and its audit event ({@code auth.logout}) commit together. */
    @Override
    @Transactional
    public HttpResponse<Void> logout() {
        String username = currentUser.require().getName();
        users.revokeTokens(username);
        audit.record("auth.logout", "user", username, null, Map.of("username", username, "sessions", "all ended"));
        return HttpResponse.noContent();
    }

    @Override
    public CurrentUser currentUser() {
        Authentication authentication = currentUser.require();
        return new CurrentUser(authentication.getName(), authentication.getRoles().stream()
                .map(io.tollgate.api.model.Role::fromValue).toList());
    }
}
