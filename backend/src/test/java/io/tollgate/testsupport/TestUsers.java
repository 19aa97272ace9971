package io.tollgate.testsupport;

import io.tollgate.security.PasswordHasher;
import io.tollgate.security.Role;
import io.tollgate.security.User;
import io.tollgate.security.UserRepository;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Creates a user of each role directly in the database and signs in over HTTP to get a real token. */
public final class TestUsers {
    public static final String PASSWORD = "correct horse battery staple";

    private TestUsers() {
    }

    public static String tokenFor(Role role, UserRepository users, PasswordHasher hasher, ApiClient api) {
        String username = create(role, users, hasher);
        ApiClient.Response login = api.post("/api/v1/auth/login", Map.of("username", username, "password", PASSWORD));
        if (login.status() != 200) {
            throw new IllegalStateException("login failed: " + login);
        }
        return (String) login.map().get("accessToken");
    }

    /** Creates an enabled user of this role with {@link #PASSWORD} and returns its (unique) username. */
    public static String create(Role role, UserRepository users, PasswordHasher hasher) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new User(null, username, hasher.hash(PASSWORD), role, true, Instant.now()));
        return username;
    }

    /** A name no other test uses, so tests never depend on each other's rows. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
