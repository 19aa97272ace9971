-- What each vendor holds: one row per data category, with volume and how it can be reached.
CREATE TABLE data_holding (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    vendor_id           BIGINT      NOT NULL,
    data_category       VARCHAR(40) NOT NULL,
    record_count        BIGINT      NOT NULL,
    access_type         VARCHAR(20) NOT NULL,
    regions             JSON        NULL,
    vulnerable_subjects BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    UNIQUE KEY uk_data_holding_vendor_category (vendor_id, data_category),
    KEY ix_data_holding_category (data_category),
    CONSTRAINT fk_data_holding_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id) ON DELETE CASCADE,
    CONSTRAINT fk_data_holding_category FOREIGN KEY (data_category) REFERENCES data_category (code),
    CONSTRAINT ck_data_holding_records CHECK (record_count >= 0),
    CONSTRAINT ck_data_holding_access CHECK (access_type IN ('SYSTEM_OF_RECORD', 'BULK_ACCESS', 'RECORD_UI', 'TRANSIENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
