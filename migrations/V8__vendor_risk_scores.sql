-- Materialised risk scores: reads never compute across raw answers (see docs/benchmarks.md and stack notes).
-- vendor_risk_score holds each vendor's current score with its full explanation; inputs_hash fingerprints
-- what it was computed from. explanation is JSON; LONGTEXT + json_valid keeps it portable to MariaDB.
CREATE TABLE vendor_risk_score (
    vendor_id             BIGINT        NOT NULL,
    score                 DECIMAL(4,1)  NOT NULL,
    grade                 CHAR(1)       NOT NULL,
    inherent_risk         DECIMAL(7,3)  NOT NULL,
    residual_risk         DECIMAL(7,3)  NOT NULL,
    likelihood            DECIMAL(6,5)  NOT NULL,
    impact                DECIMAL(7,3)  NOT NULL,
    control_effectiveness DECIMAL(6,5)  NOT NULL,
    indicative_loss_usd   BIGINT        NOT NULL,
    model_version         VARCHAR(20)   NOT NULL,
    explanation           LONGTEXT      NOT NULL,
    scored_at             DATETIME(6)   NOT NULL,
    inputs_hash           CHAR(64)      NOT NULL,
    PRIMARY KEY (vendor_id),
    KEY ix_vendor_risk_score_score (score),
    KEY ix_vendor_risk_score_grade_score (grade, score),
    CONSTRAINT fk_vendor_risk_score_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id) ON DELETE CASCADE,
    CONSTRAINT ck_vendor_risk_score_explanation CHECK (json_valid(explanation)),
    CONSTRAINT ck_vendor_risk_score_score CHECK (score BETWEEN 0 AND 100),
    CONSTRAINT ck_vendor_risk_score_grade CHECK (grade IN ('A', 'B', 'C', 'D', 'F'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row each time a vendor's score or grade changed, with why.
CREATE TABLE vendor_risk_score_history (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    vendor_id     BIGINT        NOT NULL,
    score         DECIMAL(4,1)  NOT NULL,
    grade         CHAR(1)       NOT NULL,
    residual_risk DECIMAL(7,3)  NOT NULL,
    model_version VARCHAR(20)   NOT NULL,
    reason        VARCHAR(500)  NOT NULL,
    scored_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_vendor_risk_score_history_vendor (vendor_id, scored_at),
    CONSTRAINT fk_vendor_risk_score_history_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
