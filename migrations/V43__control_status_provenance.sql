-- A vendor's status on a control becomes two dated observations in one row (docs/scoring-model.md, "Precedence"):
--   the base observation - what a completed assessment (ASSESSMENT), an import (IMPORT) or the demo (DEMO) found,
--     observed on a day, its evidence valid until expires_on (past it the answer ages: self-attested, then unknown);
--   an analyst's override - a dated decision with a reason and an optional expiry, not a permanent veto.
-- The newest valid observation wins: an override applies while it is not expired and is not older than the base
-- observation; a later completed assessment supersedes it unless the analyst keeps it at completion (which
-- re-dates it). One row per (vendor, control) and one version, so concurrent changes still conflict as before.
ALTER TABLE vendor_control_status
    DROP CONSTRAINT ck_vendor_control_status_source,
    DROP CONSTRAINT ck_vendor_control_status_override_reason;

ALTER TABLE vendor_control_status
    MODIFY status VARCHAR(20) NULL,
    MODIFY source VARCHAR(20) NULL,
    ADD COLUMN observed_on DATE NULL AFTER assessment_id,
    ADD COLUMN expires_on DATE NULL AFTER observed_on,
    ADD COLUMN override_status VARCHAR(20) NULL,
    ADD COLUMN override_evidence VARCHAR(30) NULL,
    ADD COLUMN override_reason VARCHAR(1000) NULL,
    ADD COLUMN override_by VARCHAR(100) NULL,
    ADD COLUMN override_on DATE NULL,
    ADD COLUMN override_expires_on DATE NULL;

-- Overrides move into their own columns (with nothing beneath them); assessed rows are dated by when they were set.
UPDATE vendor_control_status
   SET override_status = status, override_evidence = evidence, override_reason = reason, override_by = updated_by,
       override_on = DATE(updated_at), status = NULL, evidence = NULL, source = NULL, reason = NULL
 WHERE source = 'OVERRIDE';
UPDATE vendor_control_status SET observed_on = DATE(updated_at) WHERE source IS NOT NULL;

ALTER TABLE vendor_control_status
    DROP COLUMN reason,
    ADD CONSTRAINT ck_vendor_control_status_source CHECK (source IS NULL OR source IN ('ASSESSMENT', 'IMPORT', 'DEMO')),
    ADD CONSTRAINT ck_vendor_control_status_base CHECK ((status IS NULL) = (source IS NULL)
        AND (status IS NULL OR observed_on IS NOT NULL)),
    ADD CONSTRAINT ck_vendor_control_status_override CHECK (override_status IS NULL
        OR (override_reason IS NOT NULL AND override_by IS NOT NULL AND override_on IS NOT NULL)),
    ADD CONSTRAINT ck_vendor_control_status_override_status CHECK (override_status IS NULL
        OR override_status IN ('MET', 'PARTIAL', 'NOT_MET', 'NOT_APPLICABLE', 'UNKNOWN')),
    ADD CONSTRAINT ck_vendor_control_status_override_evidence CHECK (override_evidence IS NULL
        OR override_evidence IN ('SELF_ATTESTED', 'DOCUMENTED', 'INDEPENDENTLY_TESTED')),
    ADD KEY ix_vendor_control_status_override_expiry (override_expires_on);
