-- Findings: each control a vendor does not meet (NOT_MET or PARTIAL) becomes one finding, kept in step with
-- vendor_control_status by the finding feature in the same transaction as the status change.
-- control_id holds the control's code (control.code is the catalogue's key).
-- One row per (vendor, control): a finding that closes and later reopens is the same row, so the unique key
-- also guarantees one live finding per control.
-- status: open, remediation_planned, risk_accepted, closed. A risk acceptance whose risk_accepted_until has
-- passed counts as open: reads compute that, and an hourly idempotent UPDATE stores it (see FindingService).
-- severity_rank (1 critical .. 4 low) is kept beside severity so lists sort critical first, not alphabetically.
-- control_status_version is the vendor_control_status version the finding last followed: a status row that
-- has not been recorded again since is not applied again (a finding closed by hand stays closed).
CREATE TABLE finding (
    id                          BIGINT        NOT NULL AUTO_INCREMENT,
    vendor_id                   BIGINT        NOT NULL,
    control_id                  VARCHAR(20)   NOT NULL,
    assessment_id               BIGINT        NULL,
    severity                    VARCHAR(10)   NOT NULL,
    severity_rank               TINYINT       NOT NULL,
    status                      VARCHAR(20)   NOT NULL,
    title                       VARCHAR(300)  NOT NULL,
    owner                       VARCHAR(200)  NULL,
    due_date                    DATE          NOT NULL,
    risk_accepted_until         DATE          NULL,
    risk_acceptance_reason      VARCHAR(2000) NULL,
    closed_reason               VARCHAR(2000) NULL,
    remediation_requested_at    DATETIME(6)   NULL,
    remediation_request_message VARCHAR(2000) NULL,
    vendor_response             TEXT          NULL,
    vendor_planned_date         DATE          NULL,
    vendor_responded_at         DATETIME(6)   NULL,
    control_status_version      BIGINT        NOT NULL DEFAULT 0,
    opened_at                   DATETIME(6)   NOT NULL,
    closed_at                   DATETIME(6)   NULL,
    updated_by                  VARCHAR(100)  NOT NULL,
    version                     BIGINT        NOT NULL DEFAULT 1,
    created_at                  DATETIME(6)   NOT NULL,
    updated_at                  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_finding_vendor_control (vendor_id, control_id),
    KEY ix_finding_status_severity (status, severity_rank, due_date),
    KEY ix_finding_severity (severity, status),
    KEY ix_finding_due_date (due_date, status),
    KEY ix_finding_assessment (assessment_id),
    KEY ix_finding_control (control_id),
    CONSTRAINT fk_finding_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id) ON DELETE CASCADE,
    CONSTRAINT fk_finding_control FOREIGN KEY (control_id) REFERENCES control (code),
    CONSTRAINT fk_finding_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE SET NULL,
    CONSTRAINT ck_finding_severity CHECK (severity IN ('critical', 'high', 'medium', 'low')),
    CONSTRAINT ck_finding_severity_rank CHECK (severity_rank BETWEEN 1 AND 4),
    CONSTRAINT ck_finding_status CHECK (status IN ('open', 'remediation_planned', 'risk_accepted', 'closed')),
    CONSTRAINT ck_finding_risk_accepted CHECK (status <> 'risk_accepted'
        OR (risk_accepted_until IS NOT NULL AND risk_acceptance_reason IS NOT NULL)),
    CONSTRAINT ck_finding_closed CHECK (status <> 'closed' OR closed_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
