package io.tollgate.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens signed with the real key but with one property wrong are refused; the same token with it right is accepted. */
@MicronautTest(transactional = false)
class TokenChecksTest extends IntegrationTest {
    @Inject
    @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}")
    String secret;

    private String newUser(Role role) {
        String username = TestUsers.unique("tok").replace(" ", "-");
        users.save(new User(null, username, hasher.hash(TestUsers.PASSWORD), role, true, Instant.now()));
        return username;
    }

    private String login(String username) {
        Response r = anonymous.post("/api/v1/auth/login", Map.of("username", username, "password", TestUsers.PASSWORD));
        assertThat(r.status()).isEqualTo(200);
        return (String) r.map().get("accessToken");
    }

    private String sign(JWTClaimsSet.Builder claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static JWTClaimsSet.Builder validClaims(String username) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject(username).issuer("tollgate").audience("tollgate-api")
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now.minusSeconds(5))).expirationTime(Date.from(now.plusSeconds(600)))
                .claim("roles", List.of("VIEWER")).claim(TokenRevocationCheck.GENERATION_CLAIM, 0);
    }

    private int statusWith(String token) {
        return anonymous.as(token).get("/api/v1/data-categories").status();
    }

    @Test
    void aHandMadeTokenWithEveryClaimRightIsAccepted() throws JOSEException {
        assertThat(statusWith(sign(validClaims(newUser(Role.VIEWER))))).isEqualTo(200);
    }

    @Test
    void aChangedSignatureIs401() {
        String token = login(newUser(Role.VIEWER));
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[0] ^= 0x01;
        String tampered = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);

        assertThat(statusWith(tampered)).isEqualTo(401);
        assertThat(statusWith(parts[0] + "." + parts[1] + ".")).as("signature left out").isEqualTo(401);
        assertThat(statusWith(token)).isEqualTo(200);
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), validClaims(newUser(Role.VIEWER)).build());
        jwt.sign(new MACSigner("another-key-of-at-least-256-bits-0123456789abcdef".getBytes(StandardCharsets.UTF_8)));

        assertThat(statusWith(jwt.serialize())).isEqualTo(401);
    }

    @Test
    void anotherAlgorithmWithTheRightKeyIs401() throws JOSEException {
        // One fixed algorithm (RFC 8725): HS512 with Tollgate's own key is still refused.
        byte[] key = java.util.Arrays.copyOf(secret.getBytes(StandardCharsets.UTF_8), 64);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), validClaims(newUser(Role.VIEWER)).build());
        jwt.sign(new MACSigner(key));

        assertThat(statusWith(jwt.serialize())).isEqualTo(401);
    }

    @Test
    void anUnsignedTokenWithEveryClaimRightIs401() {
        // alg "none" with claims that would pass every other check (AuthApiTest sends a real token's claims unsigned).
        String claims = validClaims(newUser(Role.ADMIN)).build().toString();
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        for (String alg : List.of("none", "None", "NONE")) {
            String header = url.encodeToString(("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}").getBytes(StandardCharsets.UTF_8));
            String unsigned = header + "." + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
            assertThat(statusWith(unsigned)).as(alg).isEqualTo(401);
        }
    }

    @Test
    void issuedTokensCarryIssuerAudienceAndGeneration() throws Exception {
        String token = login(newUser(Role.VIEWER));
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();

        assertThat(claims.getIssuer()).isEqualTo("tollgate");
        assertThat(claims.getAudience()).containsExactly("tollgate-api");
        assertThat(claims.getClaim(TokenRevocationCheck.GENERATION_CLAIM)).isNotNull();
    }

    /** The session's absolute lifetime, which also bounds inactivity: there is no refresh token to extend it. */
    @Test
    void tokensLiveOneHourFromSignInAndCannotBeRenewed() throws Exception {
        String username = newUser(Role.VIEWER);
        Response login = anonymous.post("/api/v1/auth/login", Map.of("username", username, "password", TestUsers.PASSWORD));
        JWTClaimsSet claims = SignedJWT.parse((String) login.map().get("accessToken")).getJWTClaimsSet();

        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(3_600_000L);
        assertThat(login.map()).containsEntry("expiresIn", 3600).doesNotContainKey("refreshToken");
        assertThat(anonymous.post("/oauth/access_token", Map.of("grant_type", "refresh_token", "refresh_token", "x")).status())
                .as("no refresh endpoint").isIn(401, 404);
    }

    @Test
    void expiredTokenIs401() throws JOSEException {
        String username = newUser(Role.VIEWER);
        Instant past = Instant.now().minusSeconds(3600);
        String expired = sign(validClaims(username).issueTime(Date.from(past.minusSeconds(60)))
                .notBeforeTime(Date.from(past.minusSeconds(60))).expirationTime(Date.from(past)));

        assertThat(statusWith(expired)).isEqualTo(401);
    }

    @Test
    void wrongAudienceIs401() throws JOSEException {
        assertThat(statusWith(sign(validClaims(newUser(Role.VIEWER)).audience("some-other-service")))).isEqualTo(401);
    }

    @Test
    void wrongIssuerIs401() throws JOSEException {
        assertThat(statusWith(sign(validClaims(newUser(Role.VIEWER)).issuer("someone-else")))).isEqualTo(401);
    }

    @Test
    void tokenWithoutGenerationIs401() throws JOSEException {
        assertThat(statusWith(sign(validClaims(newUser(Role.VIEWER)).claim(TokenRevocationCheck.GENERATION_CLAIM, null)))).isEqualTo(401);
    }

    @Test
    void userDisabledAfterTheTokenWasIssuedIs401() {
        String username = newUser(Role.ANALYST);
        String token = login(username);
        assertThat(statusWith(token)).isEqualTo(200);

        User user = users.findByUsername(username).orElseThrow();
        users.update(new User(user.id(), user.username(), user.passwordHash(), user.role(), false, user.createdAt(),
                user.failedLoginCount(), user.lockedUntil(), user.tokenGeneration()));

        assertThat(statusWith(token)).isEqualTo(401);
    }

    @Test
    void userDeletedAfterTheTokenWasIssuedIs401() {
        String username = newUser(Role.ADMIN);
        String token = login(username);
        assertThat(statusWith(token)).isEqualTo(200);

        users.deleteById(users.findByUsername(username).orElseThrow().id());

        assertThat(statusWith(token)).isEqualTo(401);
    }

    @Test
    void logoutRevokesEveryEarlierTokenButNotLaterSignIns() {
        String username = newUser(Role.VIEWER);
        String first = login(username);
        String second = login(username);
        ApiClient client = anonymous.as(first);

        Response logout = client.post("/api/v1/auth/logout", null);

        assertThat(logout.status()).isEqualTo(204);
        assertThat(statusWith(first)).isEqualTo(401);
        assertThat(statusWith(second)).as("the user's other sessions end too").isEqualTo(401);
        assertThat(statusWith(login(username))).as("a new sign-in works").isEqualTo(200);
    }

    @Test
    void logoutNeedsAToken() {
        assertThat(anonymous.post("/api/v1/auth/logout", null).status()).isEqualTo(401);
    }
}
