-- Webhook signing secrets are stored encrypted (AES-256-GCM under tollgate.secrets.key, io.tollgate.security.SecretCipher):
-- "v1:" + base64(nonce, ciphertext, tag) needs about 110 characters for a 49-character whsec_ secret. Rows stored
-- in clear before this migration are encrypted by the server at its next start (WebhookSecrets), with a conditional
-- UPDATE per row, so instances starting together do it once.
ALTER TABLE webhook_subscription MODIFY COLUMN secret VARCHAR(255) NOT NULL;
