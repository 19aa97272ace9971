-- The audit trail: every change (written in the change's own transaction) and every refused request.
-- Rows are only ever inserted; the API has no way to change or delete them.
CREATE TABLE audit_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at   DATETIME(6)  NOT NULL,
    actor_type    VARCHAR(20)  NOT NULL,
    actor_id      VARCHAR(100) NULL,
    actor_name    VARCHAR(200) NULL,
    action        VARCHAR(100) NOT NULL,
    resource_type VARCHAR(50)  NOT NULL,
    resource_id   VARCHAR(100) NULL,
    outcome       VARCHAR(10)  NOT NULL,
    before_state  JSON         NULL,
    after_state   JSON         NULL,
    request_id    VARCHAR(100) NULL,
    client_ip     VARCHAR(100) NULL,
    PRIMARY KEY (id),
    KEY ix_audit_event_occurred_at (occurred_at),
    KEY ix_audit_event_resource (resource_type, resource_id, occurred_at),
    KEY ix_audit_event_actor (actor_name, occurred_at),
    CONSTRAINT ck_audit_event_actor_type CHECK (actor_type IN ('USER', 'PORTAL', 'API_TOKEN', 'SYSTEM', 'ANONYMOUS')),
    CONSTRAINT ck_audit_event_outcome CHECK (outcome IN ('SUCCESS', 'DENIED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
