-- Webhooks. A change that raises an event writes, in its own transaction, one event_outbox row and one
-- webhook_delivery row per matching active subscription; nothing is sent from inside a transaction. Dispatchers on
-- any instance claim due deliveries with SELECT ... FOR UPDATE SKIP LOCKED and a lease (locked_by, locked_until),
-- so a crashed dispatcher's deliveries come back once the lease runs out and a restart loses nothing.
CREATE TABLE webhook_subscription (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    url             VARCHAR(2000) NOT NULL,
    description     VARCHAR(200)  NULL,
    -- Kept in clear because it signs every payload (HMAC needs the key itself); shown to the admin once.
    secret          VARCHAR(100)  NOT NULL,
    min_score_delta DECIMAL(4,1)  NOT NULL DEFAULT 5.0,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_webhook_subscription_delta CHECK (min_score_delta BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The event types a subscription receives, one row each.
CREATE TABLE webhook_subscription_event (
    subscription_id BIGINT      NOT NULL,
    event_type      VARCHAR(40) NOT NULL,
    PRIMARY KEY (subscription_id, event_type),
    KEY ix_webhook_subscription_event_type (event_type),
    CONSTRAINT fk_webhook_subscription_event_subscription FOREIGN KEY (subscription_id)
        REFERENCES webhook_subscription (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every event raised, with the exact JSON body its deliveries send (the body is signed as stored).
CREATE TABLE event_outbox (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    event_uid  CHAR(36)    NOT NULL,
    event_type VARCHAR(40) NOT NULL,
    payload    LONGTEXT    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_event_outbox_uid (event_uid),
    KEY ix_event_outbox_created (created_at),
    CONSTRAINT ck_event_outbox_payload CHECK (json_valid(payload))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One event sent to one subscription: its attempts, outcome and the next try.
-- status: PENDING (not tried yet), FAILED (last try failed, another is due at next_attempt_at), DELIVERED, DEAD
-- (gave up after the maximum number of attempts).
CREATE TABLE webhook_delivery (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    subscription_id  BIGINT       NOT NULL,
    event_id         BIGINT       NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)  NULL,
    last_status_code INT          NULL,
    last_error       VARCHAR(500) NULL,
    locked_by        VARCHAR(100) NULL,
    locked_until     DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    delivered_at     DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_webhook_delivery_due (status, next_attempt_at),
    KEY ix_webhook_delivery_subscription (subscription_id, id),
    KEY ix_webhook_delivery_event (event_id),
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id)
        REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    CONSTRAINT fk_webhook_delivery_event FOREIGN KEY (event_id) REFERENCES event_outbox (id) ON DELETE CASCADE,
    CONSTRAINT ck_webhook_delivery_status CHECK (status IN ('PENDING', 'FAILED', 'DELIVERED', 'DEAD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
