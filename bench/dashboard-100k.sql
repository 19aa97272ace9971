-- Loads 100,000 synthetic vendors straight into the database for bench/dashboard-summary.sh: vendors spread over
-- the four tiers and 22 categories, two to four data holdings each, a stored risk score each (with a small but
-- well-formed explanation), and 80% of them with a last assessment in the past two years. Then it rebuilds the
-- dashboard aggregates with the same statements as migration V17 (the application maintains them from then on).
-- Bulk SQL bypasses the services on purpose: creating 100k vendors through the API would take far longer than
-- the measurement.
CREATE TEMPORARY TABLE bench_digit (n INT NOT NULL);
INSERT INTO bench_digit VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);
CREATE TEMPORARY TABLE bench_seq (n INT NOT NULL PRIMARY KEY);
INSERT INTO bench_seq
SELECT a.n + 10 * b.n + 100 * c.n + 1000 * d.n + 10000 * e.n
  FROM bench_digit a, bench_digit b, bench_digit c, bench_digit d, bench_digit e;

INSERT INTO vendor (name, website, category, tier, tier_rank, status, services, total_records, data_category_count,
                    version, created_at, updated_at)
SELECT CONCAT('Bench vendor ', LPAD(n, 6, '0')), CONCAT('https://v', n, '.bench.example'),
       ELT(1 + n % 22, 'CRM', 'CONTACT_CENTRE', 'SUPPORT_DESK', 'SALES_ENGAGEMENT', 'CUSTOMER_SUCCESS', 'MARKETING',
           'ANALYTICS', 'DATA_WAREHOUSE', 'HR', 'PAYROLL', 'PAYMENTS', 'FINANCE', 'LOYALTY', 'IDENTITY', 'SECURITY',
           'COLLABORATION', 'COMMUNICATIONS', 'FILE_TRANSFER', 'CLOUD_INFRASTRUCTURE', 'DEVELOPER_TOOLS', 'LEGAL', 'OTHER'),
       ELT(1 + n % 4, 'CRITICAL', 'HIGH', 'MEDIUM', 'LOW'), 1 + n % 4,
       IF(n % 20 = 0, 'PROSPECT', 'ACTIVE'), '[]', 1000 * (1 + n % 5000), 2 + n % 3, 0,
       TIMESTAMP('2023-01-01') + INTERVAL (n % 1000) DAY, TIMESTAMP('2023-01-01') + INTERVAL (n % 1000) DAY
  FROM bench_seq;

INSERT INTO data_holding (vendor_id, data_category, record_count, access_type, regions, vulnerable_subjects)
SELECT id, 'NAME', total_records, 'BULK_ACCESS', '[]', FALSE FROM vendor WHERE name LIKE 'Bench vendor %';
INSERT INTO data_holding (vendor_id, data_category, record_count, access_type, regions, vulnerable_subjects)
SELECT id, ELT(1 + id % 6, 'EMAIL', 'PHONE', 'DATE_OF_BIRTH', 'PAYMENT_CARD', 'HEALTH', 'PASSPORT'),
       total_records DIV 2, 'RECORD_UI', '[]', FALSE FROM vendor WHERE name LIKE 'Bench vendor %';
INSERT INTO data_holding (vendor_id, data_category, record_count, access_type, regions, vulnerable_subjects)
SELECT id, 'LOYALTY_NUMBER', total_records DIV 3, 'SYSTEM_OF_RECORD', '[]', FALSE
  FROM vendor WHERE name LIKE 'Bench vendor %' AND data_category_count >= 3;

INSERT INTO vendor_risk_score (vendor_id, score, grade, inherent_risk, residual_risk, likelihood, impact,
                               control_effectiveness, indicative_loss_usd, model_version, scored_at, inputs_hash)
SELECT id, sc, CASE WHEN sc >= 90 THEN 'A' WHEN sc >= 80 THEN 'B' WHEN sc >= 65 THEN 'C' WHEN sc >= 50 THEN 'D' ELSE 'F' END,
       100 - sc, 100 - sc, (id % 97) / 97, (id * 7) % 100, 0.5, 1000000, 'bench', CURRENT_TIMESTAMP(6), REPEAT('0', 64)
  FROM (SELECT id, ROUND(15 + (id * 7919) % 850 / 10, 1) AS sc FROM vendor WHERE name LIKE 'Bench vendor %') s;
INSERT INTO vendor_risk_explanation (vendor_id, explanation)
SELECT s.vendor_id, COMPRESS(CONCAT('{"factors":[],"impact":{"recordCount":1000,"categories":["NAME"],"vulnerableSubjects":false,',
              '"dataSensitivity":1.0,"volume":0.5,"access":0.5,"inherentImpact":50.0},"exposure":[],"threats":[],',
              '"gate":{"cap":1.0,"binding":false,"controlCodes":[],"incidentIds":[]},"controlCosts":[],',
              '"whatIf":[{"controlCodes":["C08"],"score":', LEAST(100, s.score + 9), ',"grade":"C"}]}'))
  FROM vendor_risk_score s JOIN vendor v ON v.id = s.vendor_id WHERE v.name LIKE 'Bench vendor %';

-- Rebuild the aggregates (as in V17).
DELETE FROM dashboard_vendor;
DELETE FROM dashboard_risk_cell;
DELETE FROM dashboard_vendor_category;
DELETE FROM dashboard_category;
INSERT INTO dashboard_vendor (vendor_id, tier, status, grade, impact_band, likelihood_band, score, last_assessed_on,
                              reassessment_due)
SELECT v.id, v.tier, v.status, COALESCE(s.grade, '-'),
       CASE WHEN s.vendor_id IS NULL THEN 0 ELSE LEAST(5, FLOOR(s.impact / 20) + 1) END,
       CASE WHEN s.vendor_id IS NULL THEN 0 ELSE LEAST(5, FLOOR(s.likelihood * 5) + 1) END,
       s.score, a.last_completed,
       CASE WHEN v.status IN ('PROSPECT', 'OFFBOARDED') THEN NULL
            WHEN a.last_completed IS NULL THEN DATE(v.created_at)
            ELSE DATE_ADD(a.last_completed, INTERVAL c.months MONTH) END
  FROM vendor v
  LEFT JOIN vendor_risk_score s ON s.vendor_id = v.id
  LEFT JOIN (SELECT vendor_id, DATE(MAX(completed_at)) AS last_completed FROM assessment
              WHERE status = 'COMPLETED' GROUP BY vendor_id) a ON a.vendor_id = v.id
  JOIN reassessment_cadence c ON c.tier = v.tier;
-- Bench only: 80% of vendors were assessed in the past two years (the synthetic load has no assessments).
UPDATE dashboard_vendor d JOIN reassessment_cadence c ON c.tier = d.tier
   SET d.last_assessed_on = CURRENT_DATE - INTERVAL (d.vendor_id % 730) DAY,
       d.reassessment_due = CURRENT_DATE - INTERVAL (d.vendor_id % 730) DAY + INTERVAL c.months MONTH
 WHERE d.vendor_id % 5 <> 0 AND d.reassessment_due IS NOT NULL;
INSERT INTO dashboard_risk_cell (tier, grade, impact_band, likelihood_band, vendor_count, score_sum)
SELECT tier, grade, impact_band, likelihood_band, COUNT(*), COALESCE(SUM(score), 0)
  FROM dashboard_vendor GROUP BY tier, grade, impact_band, likelihood_band;
DELETE FROM dashboard_due_day;
INSERT INTO dashboard_due_day (due_on, vendor_count)
SELECT reassessment_due, COUNT(*) FROM dashboard_vendor WHERE reassessment_due IS NOT NULL GROUP BY reassessment_due;
INSERT INTO dashboard_vendor_category (vendor_id, data_category, record_count)
SELECT vendor_id, data_category, record_count FROM data_holding;
INSERT INTO dashboard_category (data_category, total_records, vendor_count)
SELECT data_category, SUM(record_count), COUNT(*) FROM dashboard_vendor_category GROUP BY data_category;
ANALYZE TABLE vendor, vendor_risk_score, dashboard_vendor, data_holding;
