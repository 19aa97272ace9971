package io.tollgate.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** bcrypt with cost 12 (about 0.25 s on this class of machine): slow for attackers, fine for sign-in. */
@Singleton
public class PasswordHasher {
    private static final int COST = 12;
    // Verified against when the user does not exist, so a wrong username costs as much time as a wrong password.
    private static final String DECOY_HASH = BCrypt.withDefaults().hashToString(COST, "decoy-password".toCharArray());

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    public void burnDecoyCheck(String password) {
        matches(password, DECOY_HASH);
    }
}
