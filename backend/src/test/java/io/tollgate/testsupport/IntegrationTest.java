package io.tollgate.testsupport;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.tollgate.security.PasswordHasher;
import io.tollgate.security.Role;
import io.tollgate.security.UserRepository;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.util.EnumMap;
import java.util.Map;

/** Base for tests over real HTTP against the real database: one signed-in client per role. */
public abstract class IntegrationTest {
    @Inject
    protected EmbeddedServer server;
    @Inject
    protected JsonMapper json;
    @Inject
    protected UserRepository users;
    @Inject
    protected PasswordHasher hasher;

    protected ApiClient anonymous;
    private final Map<Role, ApiClient> signedIn = new EnumMap<>(Role.class);

    @BeforeEach
    void connect() {
        anonymous = new ApiClient(server.getURI(), json);
    }

    protected ApiClient as(Role role) {
        return signedIn.computeIfAbsent(role, r -> anonymous.as(TestUsers.tokenFor(r, users, hasher, anonymous)));
    }

    protected ApiClient admin() {
        return as(Role.ADMIN);
    }

    protected ApiClient analyst() {
        return as(Role.ANALYST);
    }

    protected ApiClient viewer() {
        return as(Role.VIEWER);
    }
}
