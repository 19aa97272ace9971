package io.tollgate.integration;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Encrypts stored responses of Idempotency-Key requests (AES-256-GCM). A creation response may carry a secret shown
 * only once (an API token, an invitation token); kept in plain text for 24 hours it would defeat storing only
 * hashes. The key is derived (HMAC-SHA256) from the server's signing secret, the principal and the client's
 * Idempotency-Key, none of which is stored, so a copy of the database alone cannot read a stored response.
 * Hand-written because the JDK has everything needed and a crypto library would add nothing here.
 */
@Singleton
public class ResponseCipher {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] serverSecret;

    public ResponseCipher(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String serverSecret) {
        this.serverSecret = serverSecret.getBytes(StandardCharsets.UTF_8);
    }

    byte[] encrypt(String principal, String idempotencyKey, byte[] plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, principal, idempotencyKey, iv);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt the stored response", e);
        }
    }

    byte[] decrypt(String principal, String idempotencyKey, byte[] stored) {
        try {
            byte[] iv = java.util.Arrays.copyOfRange(stored, 0, IV_BYTES);
            return cipher(Cipher.DECRYPT_MODE, principal, idempotencyKey, iv).doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt the stored response", e);
        }
    }

    private Cipher cipher(int mode, String principal, String idempotencyKey, byte[] iv) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(serverSecret, "HmacSHA256"));
        byte[] key = mac.doFinal(("tollgate-idempotency\0" + principal + "\0" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        return cipher;
    }
}
