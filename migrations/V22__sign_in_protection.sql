-- Failed sign-in lockout with backoff, and token revocation per user.
-- failed_login_count counts consecutive failures; from the fifth on, each failure locks the account
-- until locked_until, doubling each time (see LoginGuard). A success resets both.
-- token_generation is written into every token a user is issued; logout and disabling increment it,
-- so every token issued before stops working at once.
ALTER TABLE app_user
    ADD COLUMN failed_login_count INT         NOT NULL DEFAULT 0,
    ADD COLUMN locked_until       DATETIME(6) NULL,
    ADD COLUMN token_generation   INT         NOT NULL DEFAULT 0;

-- Rate-limit buckets (bucket4j's MySQL proxy), shared by every instance. The id is the SHA-256 of the
-- limit's name and its subject (IP, username, principal or portal token), so no address, name or token is stored.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(64) NOT NULL,
    state      BLOB        NULL,
    expires_at BIGINT      NULL,
    PRIMARY KEY (id),
    KEY ix_rate_limit_bucket_expires_at (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
