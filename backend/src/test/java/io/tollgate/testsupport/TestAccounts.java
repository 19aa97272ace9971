package io.tollgate.testsupport;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.tollgate.api.model.LoginRequest;
import io.tollgate.api.model.LoginResponse;
import io.tollgate.security.PasswordHasher;
import io.tollgate.security.Role;
import io.tollgate.security.User;
import io.tollgate.security.UserRepository;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One user per role, created straight through the repository (there is no user API yet), signed in
 * over HTTP like any client. Tests using it must run with {@code @MicronautTest(transactional = false)}:
 * a user saved inside the test transaction is invisible to the server thread that handles the sign-in.
 * Tokens are cached: bcrypt makes each sign-in cost a quarter of a second.
 */
@Singleton
public class TestAccounts {
    private static final String PASSWORD = "test-password-for-integration-tests";
    private static final Map<Role, String> TOKENS = new ConcurrentHashMap<>();

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final HttpClient client;

    public TestAccounts(UserRepository users, PasswordHasher hasher, @Client("/") HttpClient client) {
        this.users = users;
        this.hasher = hasher;
        this.client = client;
    }

    /** A bearer token for a user with {@code role}. */
    public String token(Role role) {
        return TOKENS.computeIfAbsent(role, this::signIn);
    }

    public <T> HttpRequest<T> as(Role role, HttpRequest<T> request) {
        if (request instanceof io.micronaut.http.MutableHttpRequest<T> mutable) {
            return mutable.bearerAuth(token(role));
        }
        throw new IllegalArgumentException("request is not mutable");
    }

    private String signIn(Role role) {
        String username = "test-" + role.name().toLowerCase();
        if (users.findByUsername(username).isEmpty()) {
            users.save(new User(null, username, hasher.hash(PASSWORD), role, true, Instant.now()));
        }
        LoginResponse response = client.toBlocking().retrieve(
                HttpRequest.POST("/api/v1/auth/login", new LoginRequest(username, PASSWORD)), LoginResponse.class);
        return response.getAccessToken();
    }
}
