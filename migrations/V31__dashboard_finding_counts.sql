-- Open findings by severity for the dashboard summary, maintained like the other dashboard aggregates (V17): each
-- change to a vendor's findings recounts that vendor's findings (cheap: uk_finding_vendor_control starts with
-- vendor_id) and applies the difference to four shared counter rows, in the same transaction as the change.
--
-- "Open" is what still needs work: open, remediation planned, or a risk acceptance whose expiry date has passed.
-- "Accepted" is a risk acceptance still in force. Closed findings are not counted.
--
-- dashboard_vendor_finding: what each vendor's findings currently contribute (no foreign key, as for
-- dashboard_vendor: the row must outlive a deleted vendor so the deleting transaction can subtract it).
CREATE TABLE dashboard_vendor_finding (
    vendor_id      BIGINT  NOT NULL,
    severity_rank  TINYINT NOT NULL,
    open_count     INT     NOT NULL,
    accepted_count INT     NOT NULL,
    PRIMARY KEY (vendor_id, severity_rank),
    CONSTRAINT ck_dashboard_vendor_finding_rank CHECK (severity_rank BETWEEN 1 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per severity (1 critical .. 4 low), always present.
CREATE TABLE dashboard_finding_total (
    severity_rank  TINYINT NOT NULL,
    open_count     BIGINT  NOT NULL,
    accepted_count BIGINT  NOT NULL,
    PRIMARY KEY (severity_rank),
    CONSTRAINT ck_dashboard_finding_total_rank CHECK (severity_rank BETWEEN 1 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Count the findings that exist already.
INSERT INTO dashboard_vendor_finding (vendor_id, severity_rank, open_count, accepted_count)
SELECT vendor_id, severity_rank,
       SUM(CASE WHEN status IN ('open', 'remediation_planned')
                  OR (status = 'risk_accepted' AND risk_accepted_until < CURRENT_DATE) THEN 1 ELSE 0 END),
       SUM(CASE WHEN status = 'risk_accepted' AND risk_accepted_until >= CURRENT_DATE THEN 1 ELSE 0 END)
  FROM finding
 WHERE status <> 'closed'
 GROUP BY vendor_id, severity_rank;

INSERT INTO dashboard_finding_total (severity_rank, open_count, accepted_count)
SELECT r.severity_rank, COALESCE(SUM(v.open_count), 0), COALESCE(SUM(v.accepted_count), 0)
  FROM (SELECT 1 AS severity_rank UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) r
  LEFT JOIN dashboard_vendor_finding v ON v.severity_rank = r.severity_rank
 GROUP BY r.severity_rank;
