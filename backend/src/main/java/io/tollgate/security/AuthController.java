package io.tollgate.security;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.tollgate.api.AuthApi;
import io.tollgate.api.model.CurrentUser;
import io.tollgate.api.model.LoginRequest;
import io.tollgate.api.model.LoginResponse;

import java.util.List;
import java.util.Optional;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuthController implements AuthApi {
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AccessRefreshTokenGenerator tokens;
    private final CurrentUserProvider currentUser;

    public AuthController(UserRepository users, PasswordHasher hasher, AccessRefreshTokenGenerator tokens,
                          CurrentUserProvider currentUser) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    @Override
    public LoginResponse login(LoginRequest request) {
        Optional<User> user = users.findByUsername(request.getUsername());
        boolean valid;
        if (user.isEmpty()) {
            hasher.burnDecoyCheck(request.getPassword());
            valid = false;
        } else {
            valid = user.get().enabled() && hasher.matches(request.getPassword(), user.get().passwordHash());
        }
        if (!valid) {
            throw new InvalidCredentialsException();
        }
        User u = user.get();
        Authentication authentication = Authentication.build(u.username(), List.of(u.role().name()));
        AccessRefreshToken token = tokens.generate(authentication)
                .orElseThrow(() -> new IllegalStateException("token generation failed"));
        return new LoginResponse(token.getAccessToken(), "Bearer", token.getExpiresIn(), u.username(),
                List.of(io.tollgate.api.model.Role.fromValue(u.role().name())));
    }

    @Override
    public CurrentUser currentUser() {
        Authentication authentication = currentUser.require();
        return new CurrentUser(authentication.getName(), authentication.getRoles().stream()
                .map(io.tollgate.api.model.Role::fromValue).toList());
    }
}
