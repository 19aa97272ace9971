package io.tollgate.security;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretCipherTest {
    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
    private static final String SECRET = "whsec_Hq3vX0m9S2bY7cLr4TnWk8ZpD1eFaGuJ6oRsVi5yN0c";

    @Test
    void aSecretRoundTripsAndIsNotReadableInItsStoredForm() {
        SecretCipher cipher = cipher(KEY);

        String stored = cipher.encrypt(SECRET, "webhook_subscription.secret");

        assertThat(stored).startsWith("v1:").doesNotContain(SECRET).doesNotContain(SECRET.substring(6, 20));
        assertThat(SecretCipher.isEncrypted(stored)).isTrue();
        assertThat(SecretCipher.isEncrypted(SECRET)).isFalse();
        assertThat(cipher.decrypt(stored, "webhook_subscription.secret")).isEqualTo(SECRET);
        assertThat(stored.length()).as("fits webhook_subscription.secret (V25)").isLessThanOrEqualTo(255);
    }

    @Test
    void encryptingTheSameSecretTwiceGivesDifferentStoredValues() {
        SecretCipher cipher = cipher(KEY);

        assertThat(cipher.encrypt(SECRET, "p")).isNotEqualTo(cipher.encrypt(SECRET, "p"));
    }

    @Test
    void aChangedValueAnotherPurposeOrAnotherKeyIsRefused() {
        String stored = cipher(KEY).encrypt(SECRET, "webhook_subscription.secret");
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher(KEY).decrypt(tampered, "webhook_subscription.secret"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tollgate.secrets.key");
        assertThatThrownBy(() -> cipher(KEY).decrypt(stored, "api_token.secret")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher(OTHER_KEY).decrypt(stored, "webhook_subscription.secret"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher(KEY).decrypt(SECRET, "webhook_subscription.secret"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyThatIsNotBase64Of32BytesStopsTheStart() {
        assertThatThrownBy(() -> cipher("not base64!")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("base64");
        assertThatThrownBy(() -> cipher(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void withoutAConfiguredKeyThePublicDevelopmentKeyIsUsed() {
        SecretCipher unset = cipher("");
        SecretCipher development = cipher(SecretCipher.DEVELOPMENT_KEY);

        assertThat(unset.usesDevelopmentKey()).isTrue();
        assertThat(cipher(KEY).usesDevelopmentKey()).isFalse();
        assertThat(new String(Base64.getDecoder().decode(SecretCipher.DEVELOPMENT_KEY))).contains("development-key-NOT-SET");
        assertThat(development.decrypt(unset.encrypt(SECRET, "p"), "p")).as("instances agree without setup").isEqualTo(SECRET);
    }

    private static SecretCipher cipher(String key) {
        return new SecretCipher(key);
    }
}
