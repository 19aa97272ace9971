-- The dashboard reads maintained aggregates, never raw answers or a GROUP BY over every vendor per request.
--
-- dashboard_vendor: what the aggregates currently count for each vendor (its tier, status, grade, heatmap cell,
-- score and reassessment dates). It has no foreign key on purpose: when a vendor is deleted its row must outlive
-- the vendor for the deleting transaction to subtract it from the aggregates. grade '-' = not scored yet.
CREATE TABLE dashboard_vendor (
    vendor_id        BIGINT       NOT NULL,
    tier             VARCHAR(20)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    grade            CHAR(1)      NOT NULL,
    impact_band      TINYINT      NOT NULL,
    likelihood_band  TINYINT      NOT NULL,
    score            DECIMAL(4,1) NULL,
    last_assessed_on DATE         NULL,
    -- Last completed assessment + the tier's cadence; never assessed = due since the vendor was registered.
    -- NULL for vendors that need no reassessment (prospects, offboarded).
    reassessment_due DATE         NULL,
    PRIMARY KEY (vendor_id),
    KEY ix_dashboard_vendor_due (reassessment_due)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Vendors counted per tier x grade x heatmap cell (impact band 1-5 x likelihood band 1-5; 0 = not scored).
CREATE TABLE dashboard_risk_cell (
    tier            VARCHAR(20)   NOT NULL,
    grade           CHAR(1)       NOT NULL,
    impact_band     TINYINT       NOT NULL,
    likelihood_band TINYINT       NOT NULL,
    vendor_count    BIGINT        NOT NULL,
    score_sum       DECIMAL(16,1) NOT NULL,
    PRIMARY KEY (tier, grade, impact_band, likelihood_band)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- What each vendor's data holdings currently contribute to dashboard_category (no foreign key, as above).
CREATE TABLE dashboard_vendor_category (
    vendor_id     BIGINT      NOT NULL,
    data_category VARCHAR(40) NOT NULL,
    record_count  BIGINT      NOT NULL,
    PRIMARY KEY (vendor_id, data_category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Records held by third parties per data category, and by how many vendors.
CREATE TABLE dashboard_category (
    data_category VARCHAR(40) NOT NULL,
    total_records BIGINT      NOT NULL,
    vendor_count  BIGINT      NOT NULL,
    PRIMARY KEY (data_category),
    CONSTRAINT fk_dashboard_category_category FOREIGN KEY (data_category) REFERENCES data_category (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- How often each tier is reassessed, in months.
CREATE TABLE reassessment_cadence (
    tier       VARCHAR(20) NOT NULL,
    months     INT         NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (tier),
    CONSTRAINT ck_reassessment_cadence_tier CHECK (tier IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    CONSTRAINT ck_reassessment_cadence_months CHECK (months BETWEEN 1 AND 60)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO reassessment_cadence (tier, months, updated_at) VALUES
('CRITICAL', 6, CURRENT_TIMESTAMP(6)),
('HIGH', 12, CURRENT_TIMESTAMP(6)),
('MEDIUM', 18, CURRENT_TIMESTAMP(6)),
('LOW', 24, CURRENT_TIMESTAMP(6));

-- Reminders the daily job recorded: a vendor whose reassessment is overdue or due soon, once per due date and kind.
CREATE TABLE reassessment_reminder (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    vendor_id   BIGINT      NOT NULL,
    due_on      DATE        NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    recorded_on DATE        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_reassessment_reminder (vendor_id, due_on, kind),
    KEY ix_reassessment_reminder_recorded (recorded_on),
    CONSTRAINT fk_reassessment_reminder_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id) ON DELETE CASCADE,
    CONSTRAINT ck_reassessment_reminder_kind CHECK (kind IN ('DUE_SOON', 'OVERDUE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The portfolio once a day (the daily job keeps today's row current): the trend chart reads these rows.
CREATE TABLE portfolio_score_day (
    day           DATE          NOT NULL,
    vendor_count  BIGINT        NOT NULL,
    scored_count  BIGINT        NOT NULL,
    score_sum     DECIMAL(16,1) NOT NULL,
    grade_a       BIGINT        NOT NULL,
    grade_b       BIGINT        NOT NULL,
    grade_c       BIGINT        NOT NULL,
    grade_d       BIGINT        NOT NULL,
    grade_f       BIGINT        NOT NULL,
    PRIMARY KEY (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Fill the aggregates from what already exists (bench/ runs the same statements after a bulk load).
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

INSERT INTO dashboard_risk_cell (tier, grade, impact_band, likelihood_band, vendor_count, score_sum)
SELECT tier, grade, impact_band, likelihood_band, COUNT(*), COALESCE(SUM(score), 0)
  FROM dashboard_vendor GROUP BY tier, grade, impact_band, likelihood_band;

INSERT INTO dashboard_vendor_category (vendor_id, data_category, record_count)
SELECT vendor_id, data_category, record_count FROM data_holding;

INSERT INTO dashboard_category (data_category, total_records, vendor_count)
SELECT data_category, SUM(record_count), COUNT(*) FROM dashboard_vendor_category GROUP BY data_category;
