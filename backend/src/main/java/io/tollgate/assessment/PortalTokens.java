package io.tollgate.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Invitation tokens: {@code tgp_} followed by 32 random bytes in base64url (256 bits). Only the SHA-256 of a
 * token is stored; a random 256-bit secret needs no salt or slow hash, since guessing it is infeasible.
 */
public final class PortalTokens {
    public static final String PREFIX = "tgp_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PortalTokens() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean looksLikeToken(String candidate) {
        return candidate != null && candidate.startsWith(PREFIX) && candidate.length() == PREFIX.length() + 43
                && candidate.substring(PREFIX.length()).matches("[A-Za-z0-9_-]+");
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
