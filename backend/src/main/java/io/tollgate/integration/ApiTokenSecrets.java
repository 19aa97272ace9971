package io.tollgate.integration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API token secrets: {@code tga_} followed by 32 random bytes in base64url (256 bits). Only the SHA-256 is stored;
 * a random 256-bit secret needs no salt or slow hash. The prefix differs from invitation tokens ({@code tgp_}) so
 * each token validator recognises only its own kind.
 */
public final class ApiTokenSecrets {
    public static final String PREFIX = "tga_";
    /** How much of the secret is kept for display: the prefix and 6 characters (36 of its 256 bits). */
    static final int DISPLAY_LENGTH = PREFIX.length() + 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecrets() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean looksLikeToken(String candidate) {
        return candidate != null && candidate.length() == PREFIX.length() + 43 && candidate.startsWith(PREFIX)
                && candidate.substring(PREFIX.length()).matches("[A-Za-z0-9_-]+");
    }

    public static String displayPrefix(String secret) {
        return secret.substring(0, DISPLAY_LENGTH);
    }

    public static String hash(String secret) {
        return sha256Hex(secret.getBytes(StandardCharsets.US_ASCII));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
