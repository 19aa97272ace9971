package io.tollgate.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * bcrypt with cost 12 (about 0.25 s on this class of machine): slow for attackers, fine for sign-in.
 * bcrypt reads at most 72 bytes; a longer password (a 64-character passphrase in most non-Latin scripts is
 * longer) is first reduced to its SHA-512 digest by the library's own strategy, so every character counts and
 * nothing is truncated. Passwords of up to 72 bytes are hashed exactly as before, so stored hashes stay valid.
 */
@Singleton
public class PasswordHasher {
    private static final int COST = 12;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(VERSION);
    // Verified against when the user does not exist, so a wrong username costs as much time as a wrong password.
    private static final String DECOY_HASH = BCrypt.with(VERSION, new SecureRandom(), LONG_PASSWORDS)
            .hashToString(COST, "decoy-password".toCharArray());

    private final SecureRandom random = new SecureRandom();

    public String hash(String password) {
        return BCrypt.with(VERSION, random, LONG_PASSWORDS).hashToString(COST, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer(VERSION, LONG_PASSWORDS)
                .verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    public void burnDecoyCheck(String password) {
        matches(password, DECOY_HASH);
    }
}
