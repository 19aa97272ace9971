-- The due date for which a finding.overdue event was raised. A finding whose due date moves (an analyst grants
-- more time) and passes again is announced again; one that stays overdue is announced once.
ALTER TABLE finding ADD COLUMN overdue_notice_due_date DATE NULL;
CREATE INDEX ix_finding_overdue_notice ON finding (status, due_date);
