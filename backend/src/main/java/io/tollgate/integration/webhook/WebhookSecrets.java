package io.tollgate.integration.webhook;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.tollgate.security.SecretCipher;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscriptions' signing secrets at rest: encrypted with {@link SecretCipher} (HMAC signing needs the secret itself, so
 * a hash would not do). Secrets stored in clear before encryption was introduced are encrypted at start-up; until then
 * {@link #open} still reads them, so a rolling upgrade never stops deliveries.
 */
@Singleton
public class WebhookSecrets implements ApplicationEventListener<ServerStartupEvent> {
    static final String PURPOSE = "webhook_subscription.secret";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSecrets.class);

    private final SecretCipher cipher;
    private final WebhookSubscriptionRepository subscriptions;

    public WebhookSecrets(SecretCipher cipher, WebhookSubscriptionRepository subscriptions) {
        this.cipher = cipher;
        this.subscriptions = subscriptions;
    }

    /** The form to store. */
    String seal(String secret) {
        return cipher.encrypt(secret, PURPOSE);
    }

    /** The secret to sign with, from its stored form. */
    String open(String stored) {
        return SecretCipher.isEncrypted(stored) ? cipher.decrypt(stored, PURPOSE) : stored;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        try {
            int encrypted = encryptStoredInClear();
            if (encrypted > 0) {
                LOG.info("Encrypted {} webhook signing secrets stored in clear", encrypted);
            }
        } catch (RuntimeException e) {
            // The next start tries again; meanwhile open() still reads secrets stored in clear.
            LOG.warn("Could not encrypt webhook secrets stored in clear: {}", e.toString());
        }
    }

    /**
     * Encrypts every secret still stored in clear. Each row is replaced only if it still holds the value read, so
     * instances doing this at the same time encrypt each secret once. Returns how many this call encrypted.
     */
    public int encryptStoredInClear() {
        int encrypted = 0;
        for (WebhookSubscriptionRepository.StoredSecret row : subscriptions.findSecretsNotLike(SecretCipher.ENCRYPTED_PATTERN)) {
            encrypted += subscriptions.replaceSecret(row.id(), row.secret(), seal(row.secret()));
        }
        return encrypted;
    }
}
