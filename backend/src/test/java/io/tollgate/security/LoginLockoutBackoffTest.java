package io.tollgate.security;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.TestUsers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A short base lock so the tests can wait for it to end; the stored lock end is compared, never a measured duration. */
@MicronautTest(transactional = false)
@Property(name = "tollgate.login.lockout.threshold", value = "2")
@Property(name = "tollgate.login.lockout.base", value = "3s")
@Property(name = "tollgate.login.lockout.max", value = "1h")
class LoginLockoutBackoffTest extends IntegrationTest {

    private String newUser() {
        String username = TestUsers.unique("backoff").replace(" ", "-");
        users.save(new User(null, username, hasher.hash(TestUsers.PASSWORD), Role.ANALYST, true, Instant.now()));
        return username;
    }

    private Response login(String username, String password) {
        return anonymous.post("/api/v1/auth/login", Map.of("username", username, "password", password));
    }

    @Test
    void eachFailureAfterALockEndsDoublesTheNextLock() throws InterruptedException {
        String username = newUser();
        login(username, "wrong 1");
        Instant beforeSecond = Instant.now();
        login(username, "wrong 2");
        Instant firstLock = users.findByUsername(username).orElseThrow().lockedUntil();
        // 3 s from the failure; the database keeps whole seconds.
        assertThat(firstLock).isBetween(beforeSecond.plusSeconds(2), Instant.now().plusSeconds(3));

        waitUntil(firstLock);
        Instant beforeThird = Instant.now();
        assertThat(login(username, "wrong 3").status()).isEqualTo(401);

        User afterThird = users.findByUsername(username).orElseThrow();
        assertThat(afterThird.failedLoginCount()).isEqualTo(3);
        assertThat(afterThird.lockedUntil()).as("twice the base").isBetween(beforeThird.plusSeconds(5), Instant.now().plusSeconds(6));
    }

    @Test
    void theRightPasswordAfterTheLockEndedSignsInAndResetsTheCount() throws InterruptedException {
        String username = newUser();
        login(username, "wrong 1");
        login(username, "wrong 2");
        waitUntil(users.findByUsername(username).orElseThrow().lockedUntil());

        assertThat(login(username, TestUsers.PASSWORD).status()).isEqualTo(200);
        User reset = users.findByUsername(username).orElseThrow();
        assertThat(reset.failedLoginCount()).isZero();
        assertThat(reset.lockedUntil()).isNull();
    }

    private static void waitUntil(Instant instant) throws InterruptedException {
        long millis = Duration.between(Instant.now(), instant).toMillis() + 1100;
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
