package io.tollgate.security;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.TestUsers;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AuthApiTest extends IntegrationTest {

    @Test
    void loginReturnsABearerTokenThatIdentifiesTheUser() {
        String username = TestUsers.unique("analyst").replace(" ", "-");
        users.save(new User(null, username, hasher.hash(TestUsers.PASSWORD), Role.ANALYST, true, Instant.now()));

        Response login = anonymous.post("/api/v1/auth/login", Map.of("username", username, "password", TestUsers.PASSWORD));

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.map()).containsEntry("tokenType", "Bearer").containsEntry("expiresIn", 3600);
        Response me = anonymous.as((String) login.map().get("accessToken")).get("/api/v1/auth/me");
        assertThat(me.map()).containsEntry("username", username).containsEntry("roles", java.util.List.of("ANALYST"));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSame401() {
        String username = TestUsers.unique("viewer").replace(" ", "-");
        users.save(new User(null, username, hasher.hash(TestUsers.PASSWORD), Role.VIEWER, true, Instant.now()));

        Response wrongPassword = anonymous.post("/api/v1/auth/login", Map.of("username", username, "password", "not the password"));
        Response unknownUser = anonymous.post("/api/v1/auth/login", Map.of("username", "nobody-here", "password", "whatever123"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.map().get("detail")).isEqualTo(unknownUser.map().get("detail"));
        assertThat(wrongPassword.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void passwordsOf64CharactersAndBeyondBcryptsLimitAreVerifiedWhole() {
        // 64 ASCII characters: 64 bytes, within bcrypt's 72. 64 characters of Cyrillic and accents: 128 bytes in UTF-8.
        String ascii64 = "correct horse battery staple, and then some more words to reach ";
        String wide64 = "пароль-é".repeat(8);
        String longest = "x".repeat(199) + "z";
        assertThat(ascii64).hasSize(64);
        assertThat(wide64).hasSize(64);
        assertThat(wide64.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeGreaterThan(72);
        for (String password : java.util.List.of(ascii64, wide64, longest)) {
            String username = TestUsers.unique("long").replace(" ", "-");
            users.save(new User(null, username, hasher.hash(password), Role.VIEWER, true, Instant.now()));

            Response right = anonymous.post("/api/v1/auth/login", Map.of("username", username, "password", password));
            // Same first 72 bytes, a different last character: bcrypt alone would have cut it off and let it in.
            String lastCharChanged = password.substring(0, password.length() - 1) + "!";
            Response wrong = anonymous.post("/api/v1/auth/login", Map.of("username", username, "password", lastCharChanged));

            assertThat(right.status()).as("%d characters", password.length()).isEqualTo(200);
            assertThat(wrong.status()).as("%d characters, last one changed", password.length()).isEqualTo(401);
            assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void aPasswordLongerThan72BytesAgainstAShortOneIs401Not500() {
        String username = TestUsers.create(Role.VIEWER, users, hasher);

        Response login = anonymous.post("/api/v1/auth/login", Map.of("username", username, "password", TestUsers.PASSWORD + "x".repeat(100)));
        Response unknown = anonymous.post("/api/v1/auth/login", Map.of("username", "nobody-" + username, "password", "y".repeat(200)));

        assertThat(login.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
    }

    @Test
    void disabledUserCannotSignIn() {
        String username = TestUsers.unique("disabled").replace(" ", "-");
        users.save(new User(null, username, hasher.hash(TestUsers.PASSWORD), Role.ADMIN, false, Instant.now()));

        Response login = anonymous.post("/api/v1/auth/login", Map.of("username", username, "password", TestUsers.PASSWORD));

        assertThat(login.status()).isEqualTo(401);
    }

    @Test
    void loginWithMissingFieldsIsA422() {
        Response login = anonymous.post("/api/v1/auth/login", Map.of("username", "admin"));

        assertThat(login.status()).isEqualTo(422);
        assertThat(login.body()).contains("password");
    }

    @Test
    void requestsWithoutATokenAre401() {
        assertThat(anonymous.get("/api/v1/vendors").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/vendors/1").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/data-categories").status()).isEqualTo(401);
        Response refused = anonymous.post("/api/v1/vendors", vendor().build());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void tamperedMalformedAndUnsignedTokensAre401() {
        String token = TestUsers.tokenFor(Role.VIEWER, users, hasher, anonymous);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String elevated = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace("VIEWER", "ADMIN").getBytes());
        String tampered = parts[0] + "." + elevated + "." + parts[2];
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
                + "." + parts[1] + ".";

        assertThat(anonymous.as(tampered).get("/api/v1/vendors").status()).isEqualTo(401);
        assertThat(anonymous.as(unsigned).get("/api/v1/vendors").status()).isEqualTo(401);
        assertThat(anonymous.as("not-a-jwt").get("/api/v1/vendors").status()).isEqualTo(401);
        assertThat(anonymous.as(token).get("/api/v1/vendors").status()).isEqualTo(200);
    }

    @Test
    void viewerCanReadButNotWrite() {
        long id = vendor().create(analyst());

        assertThat(viewer().get("/api/v1/vendors/" + id).status()).isEqualTo(200);
        Response create = viewer().post("/api/v1/vendors", vendor().build());
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.header("Content-Type")).startsWith("application/problem+json");
        assertThat(viewer().put("/api/v1/vendors/" + id, vendor().with("version", 0).build()).status()).isEqualTo(403);
        assertThat(viewer().put("/api/v1/vendors/" + id + "/data-holdings", java.util.List.of()).status()).isEqualTo(403);
        assertThat(viewer().delete("/api/v1/vendors/" + id).status()).isEqualTo(403);
    }

    @Test
    void onlyAdminsDeleteVendors() {
        long id = vendor().create(analyst());

        assertThat(analyst().delete("/api/v1/vendors/" + id).status()).isEqualTo(403);
        assertThat(viewer().get("/api/v1/vendors/" + id).status()).isEqualTo(200);
        assertThat(admin().delete("/api/v1/vendors/" + id).status()).isEqualTo(204);
    }

    @Test
    void contractHealthAndAppShellArePublic() {
        Response contract = anonymous.get("/api/v1/openapi.yaml");
        assertThat(contract.status()).isEqualTo(200);
        assertThat(contract.body()).contains("openapi: 3.").contains("/api/v1/vendors");
        Response health = anonymous.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        Response spaRoute = anonymous.get("/vendors/42", "Accept", "text/html");
        assertThat(spaRoute.status()).isEqualTo(200);
        assertThat(spaRoute.body()).contains("<div id=\"root\">");
    }
}
