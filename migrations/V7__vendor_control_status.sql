-- Where each vendor stands on each catalogue control. One row per (vendor, control); a control with no row
-- is UNKNOWN for that vendor. Rows come from completed assessments (source ASSESSMENT, assessment_id set)
-- or from an analyst's override (source OVERRIDE, reason mandatory); an assessment never overwrites an override.
-- assessment_id has no foreign key: assessments live in another feature and may be archived independently.
CREATE TABLE vendor_control_status (
    vendor_id     BIGINT        NOT NULL,
    control_code  VARCHAR(20)   NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    evidence      VARCHAR(30)   NULL,
    source        VARCHAR(20)   NOT NULL,
    assessment_id BIGINT        NULL,
    reason        VARCHAR(1000) NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 1,
    PRIMARY KEY (vendor_id, control_code),
    KEY ix_vendor_control_status_control (control_code, status),
    KEY ix_vendor_control_status_assessment (assessment_id),
    CONSTRAINT fk_vendor_control_status_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id) ON DELETE CASCADE,
    CONSTRAINT fk_vendor_control_status_control FOREIGN KEY (control_code) REFERENCES control (code),
    CONSTRAINT ck_vendor_control_status_status CHECK (status IN ('MET', 'PARTIAL', 'NOT_MET', 'NOT_APPLICABLE', 'UNKNOWN')),
    CONSTRAINT ck_vendor_control_status_evidence CHECK (evidence IS NULL
        OR evidence IN ('SELF_ATTESTED', 'DOCUMENTED', 'INDEPENDENTLY_TESTED')),
    CONSTRAINT ck_vendor_control_status_source CHECK (source IN ('ASSESSMENT', 'OVERRIDE')),
    CONSTRAINT ck_vendor_control_status_override_reason CHECK (source <> 'OVERRIDE' OR reason IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
