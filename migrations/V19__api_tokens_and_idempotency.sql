-- Machine clients' API tokens. Only the SHA-256 of the secret is stored (a random 256-bit secret needs no salt
-- or slow hash); prefix is the first characters of the secret, shown so people can tell tokens apart.
-- scopes is a space-separated list (e.g. 'vendors:read risk:read'). last_used_at moves at most once a minute.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(100) NOT NULL,
    prefix       VARCHAR(20)  NOT NULL,
    secret_hash  CHAR(64)     NOT NULL,
    scopes       VARCHAR(500) NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_api_token_secret_hash (secret_hash),
    KEY ix_api_token_created_at (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Idempotency-Key records for create requests. A request first inserts its row (the unique key makes a concurrent
-- duplicate fail to insert instead of creating a second resource), runs, then stores the response it got; a later
-- request with the same principal and key replays that response if its request_hash matches. key_hash is the SHA-256
-- of principal and key; the stored body is encrypted (AES-GCM) with a key derived from the server secret and the
-- client's key, since a creation response may carry a secret shown only once (API tokens, invitation tokens).
-- response_status is NULL while the first request is still running. Rows expire after 24 hours.
CREATE TABLE idempotency_key (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    key_hash         CHAR(64)      NOT NULL,
    request_hash     CHAR(64)      NOT NULL,
    response_status  INT           NULL,
    response_headers VARCHAR(2000) NULL,
    response_body    MEDIUMBLOB    NULL,
    created_at       DATETIME(6)   NOT NULL,
    expires_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_idempotency_key_hash (key_hash),
    KEY ix_idempotency_key_expires_at (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
