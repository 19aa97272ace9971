package io.tollgate.security;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.TestUsers;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "tollgate.login.lockout.threshold", value = "3")
@Property(name = "tollgate.login.lockout.base", value = "1h")
@Property(name = "tollgate.login.lockout.max", value = "1h")
class LoginLockoutTest extends IntegrationTest {

    private String newUser() {
        String username = TestUsers.unique("lock").replace(" ", "-");
        users.save(new User(null, username, hasher.hash(TestUsers.PASSWORD), Role.ANALYST, true, Instant.now()));
        return username;
    }

    private Response login(String username, String password) {
        return anonymous.post("/api/v1/auth/login", Map.of("username", username, "password", password));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        String username = newUser();
        for (int i = 0; i < 3; i++) {
            assertThat(login(username, "wrong " + i).status()).isEqualTo(401);
        }

        Response locked = login(username, TestUsers.PASSWORD);

        assertThat(locked.status()).isEqualTo(401);
        User stored = users.findByUsername(username).orElseThrow();
        assertThat(stored.failedLoginCount()).isEqualTo(3);
        assertThat(stored.lockedUntil()).isAfter(Instant.now());
    }

    @Test
    void lockedUnknownAndWrongPasswordAreIndistinguishable() {
        String locked = newUser();
        for (int i = 0; i < 3; i++) {
            login(locked, "wrong " + i);
        }
        String other = newUser();

        Response lockedAnswer = login(locked, TestUsers.PASSWORD);
        Response wrongPassword = login(other, "not it");
        Response unknown = login("no-such-user-" + other, TestUsers.PASSWORD);

        assertThat(lockedAnswer.status()).isEqualTo(wrongPassword.status()).isEqualTo(unknown.status()).isEqualTo(401);
        assertThat(lockedAnswer.body()).isEqualTo(wrongPassword.body()).isEqualTo(unknown.body());
    }

    @Test
    void failuresBelowTheThresholdDoNotLock() {
        String username = newUser();
        login(username, "wrong 1");
        login(username, "wrong 2");

        assertThat(login(username, TestUsers.PASSWORD).status()).isEqualTo(200);
    }
}
