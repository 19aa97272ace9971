package io.tollgate.ratelimit;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.security.Role;
import io.tollgate.security.User;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.Invitation;
import io.tollgate.testsupport.TestUsers;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Limits lowered to a handful of requests so the tests can reach them; each test uses its own addresses and subjects. */
@MicronautTest(transactional = false)
@Property(name = "tollgate.client-address-header", value = "X-Forwarded-For")
@Property(name = "tollgate.rate-limits.login-per-ip.capacity", value = "3")
@Property(name = "tollgate.rate-limits.login-per-ip.period", value = "1h")
@Property(name = "tollgate.rate-limits.login-per-username.capacity", value = "4")
@Property(name = "tollgate.rate-limits.login-per-username.period", value = "1h")
@Property(name = "tollgate.rate-limits.portal-per-token.capacity", value = "3")
@Property(name = "tollgate.rate-limits.portal-per-token.period", value = "1h")
@Property(name = "tollgate.rate-limits.portal-per-token.local-batch", value = "0")
@Property(name = "tollgate.rate-limits.api-per-principal.capacity", value = "30")
@Property(name = "tollgate.rate-limits.api-per-principal.period", value = "1h")
@Property(name = "tollgate.rate-limits.api-per-principal.local-batch", value = "0")
class RateLimitTest extends IntegrationTest {

    private static String address() {
        UUID u = UUID.randomUUID();
        return "10." + (u.hashCode() & 0xff) + "." + ((u.hashCode() >> 8) & 0xff) + "." + ((u.hashCode() >> 16) & 0xff) + "-" + u;
    }

    private Response login(String ip, String username, String password) {
        return anonymous.post("/api/v1/auth/login", Map.of("username", username, "password", password), "X-Forwarded-For", ip);
    }

    @Test
    void loginIsLimitedPerClientAddressWith429AndRetryAfter() {
        String ip = address();
        for (int i = 0; i < 3; i++) {
            assertThat(login(ip, "nobody-" + i, "wrong password").status()).isEqualTo(401);
        }

        Response limited = login(ip, "nobody-else", "wrong password");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(login(address(), "nobody-else", "wrong password").status()).as("another address is not limited").isEqualTo(401);
    }

    @Test
    void loginIsLimitedPerUsernameAcrossAddresses() {
        String username = "target-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 4; i++) {
            assertThat(login(address(), username, "guess " + i).status()).isEqualTo(401);
        }

        assertThat(login(address(), username, "guess 5").status()).isEqualTo(429);
        assertThat(login(address(), username.toUpperCase(), "guess 6").status()).as("case does not escape the limit").isEqualTo(429);
    }

    @Test
    void onlyTheLastEntryOfTheProxyHeaderCounts() {
        String ip = address();
        for (int i = 0; i < 3; i++) {
            login("198.51.100." + i + ", " + ip, "spoofer-" + i, "wrong password");
        }

        assertThat(login("198.51.100.99, " + ip, "spoofer-x", "wrong password").status()).isEqualTo(429);
    }

    @Test
    void portalCallsAreLimitedPerInvitationToken() {
        Invitation first = Invitation.send(analyst());
        Invitation second = Invitation.send(analyst());
        for (int i = 0; i < 3; i++) {
            assertThat(first.portal().get("/api/v1/portal/assessment").status()).isEqualTo(200);
        }

        Response limited = first.portal().get("/api/v1/portal/assessment");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(second.portal().get("/api/v1/portal/assessment").status()).isEqualTo(200);
    }

    @Test
    void signedInCallsAreLimitedPerPrincipal() {
        String username = "busy-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new User(null, username, hasher.hash(TestUsers.PASSWORD), Role.VIEWER, true, Instant.now()));
        String token = (String) login(address(), username, TestUsers.PASSWORD).map().get("accessToken");
        var client = anonymous.as(token);
        for (int i = 0; i < 30; i++) {
            assertThat(client.get("/api/v1/auth/me").status()).isEqualTo(200);
        }

        Response limited = client.get("/api/v1/data-categories");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(limited.map()).containsEntry("status", 429);
    }
}
