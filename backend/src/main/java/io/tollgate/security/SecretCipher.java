package io.tollgate.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Encrypts, at rest, secrets that Tollgate must be able to read back (a webhook's HMAC signing key cannot be stored as
 * a hash). AES-256-GCM under {@code tollgate.secrets.key} (base64 of 32 bytes, the same on every instance), a fresh
 * 96-bit nonce per value, and the value's purpose as associated data, so a ciphertext copied into another column does
 * not decrypt there. Stored form: {@code v1:} + base64(nonce || ciphertext || tag).
 * <p>
 * Written with the JDK's javax.crypto: AES-GCM is all that is needed, and a library would add a dependency without
 * removing any of these lines. Loaded at start-up ({@link Context}) so a malformed key stops the server at once and the
 * development-key warning appears in the start-up log.
 */
@Context
public class SecretCipher {
    /**
     * The key used when {@code tollgate.secrets.key} is empty: base64 of the ASCII text {@code tollgate-development-key-NOT-SET}. It is
     * public, so anything encrypted with it is as good as plain text; it exists so that a demo or several local
     * instances agree on a key without setup. Production sets {@code TOLLGATE_SECRETS_KEY}.
     */
    public static final String DEVELOPMENT_KEY = "dG9sbGdhdGUtZGV2ZWxvcG1lbnQta2V5LU5PVC1TRVQ=";
    private static final Logger LOG = LoggerFactory.getLogger(SecretCipher.class);
    private static final String PREFIX = "v1:";
    /** A SQL LIKE pattern matching the encrypted form. */
    public static final String ENCRYPTED_PATTERN = PREFIX + "%";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final boolean developmentKey;

    @Inject
    public SecretCipher(@Value("${tollgate.secrets.key:}") String configuredKey, Environment environment) {
        this(configuredKey);
        if (developmentKey && !environment.getActiveNames().contains(Environment.TEST)) {
            LOG.warn("tollgate.secrets.key is not set: webhook signing secrets are encrypted with the public development "
                    + "key. Set TOLLGATE_SECRETS_KEY to the same 32 random bytes (base64) on every instance, e.g. "
                    + "TOLLGATE_SECRETS_KEY=$(openssl rand -base64 32).");
        }
    }

    /** With {@code configuredKey} (base64 of 32 bytes), or the development key when it is blank; no warning. */
    SecretCipher(String configuredKey) {
        String base64Key = configuredKey.isBlank() ? DEVELOPMENT_KEY : configuredKey.trim();
        this.key = new SecretKeySpec(decodeKey(base64Key), "AES");
        this.developmentKey = DEVELOPMENT_KEY.equals(base64Key);
    }

    /** Whether the public development key is in use. */
    public boolean usesDevelopmentKey() {
        return developmentKey;
    }

    /** Whether {@code stored} is in the encrypted form (anything else was stored before encryption at rest). */
    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** Encrypts {@code plain} for storage; {@code purpose} (e.g. the column) must be given again to decrypt. */
    public String encrypt(String plain, String purpose) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, purpose).doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a secret", e);
        }
    }

    /**
     * Decrypts what {@link #encrypt} stored with the same purpose. A value that was changed, stored for another purpose
     * or encrypted under another key is refused with {@link IllegalStateException}.
     */
    public String decrypt(String stored, String purpose) {
        if (!isEncrypted(stored)) {
            throw new IllegalStateException("The stored " + purpose + " is not in the encrypted form");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The stored " + purpose + " is not valid base64", e);
        }
        if (bytes.length <= NONCE_BYTES) {
            throw new IllegalStateException("The stored " + purpose + " is too short");
        }
        try {
            byte[] nonce = Arrays.copyOfRange(bytes, 0, NONCE_BYTES);
            byte[] plain = cipher(Cipher.DECRYPT_MODE, nonce, purpose).doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("Cannot decrypt the stored " + purpose
                    + ": it was changed, or encrypted under another tollgate.secrets.key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt the stored " + purpose, e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String purpose) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    static byte[] decodeKey(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("tollgate.secrets.key (TOLLGATE_SECRETS_KEY) must be base64, e.g. the output "
                    + "of `openssl rand -base64 32`");
        }
        if (bytes.length != 32) {
            throw new ConfigurationException("tollgate.secrets.key (TOLLGATE_SECRETS_KEY) must decode to 32 bytes (AES-256); "
                    + "it decodes to " + bytes.length + ". Generate one with `openssl rand -base64 32`.");
        }
        return bytes;
    }
}
