-- The analyst's review: a decision (and a comment the vendor sees) per answer, and control statuses set
-- for this assessment regardless of the answers, each with a reason and who set it.
ALTER TABLE assessment_answer
    ADD COLUMN review_status  VARCHAR(30)   NOT NULL DEFAULT 'PENDING',
    ADD COLUMN review_comment VARCHAR(2000) NULL,
    ADD COLUMN reviewed_by    VARCHAR(100)  NULL,
    ADD COLUMN reviewed_at    DATETIME(6)   NULL,
    ADD CONSTRAINT ck_assessment_answer_review CHECK (review_status IN ('PENDING', 'ACCEPTED', 'CLARIFICATION_REQUESTED'));

CREATE TABLE assessment_control_override (
    assessment_id    BIGINT        NOT NULL,
    control_code     VARCHAR(20)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    evidence_quality VARCHAR(30)   NULL,
    reason           VARCHAR(2000) NOT NULL,
    overridden_by    VARCHAR(100)  NOT NULL,
    overridden_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (assessment_id, control_code),
    CONSTRAINT fk_assessment_control_override_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE,
    CONSTRAINT fk_assessment_control_override_control FOREIGN KEY (control_code) REFERENCES control (code),
    CONSTRAINT ck_assessment_control_override_status CHECK (status IN ('MET', 'PARTIAL', 'NOT_MET', 'NOT_APPLICABLE')),
    CONSTRAINT ck_assessment_control_override_evidence CHECK (evidence_quality IS NULL
        OR evidence_quality IN ('SELF_ATTESTED', 'DOCUMENTED', 'INDEPENDENTLY_TESTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
