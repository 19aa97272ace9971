-- A questionnaire sent to a vendor. The vendor's respondent reaches it through an invitation token that is
-- stored only as its SHA-256 hash (token_hash); the token itself is shown once, when the assessment is created.
CREATE TABLE assessment (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    vendor_id          BIGINT        NOT NULL,
    template_id        BIGINT        NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    due_date           DATE          NOT NULL,
    respondent_email   VARCHAR(254)  NOT NULL,
    token_hash         CHAR(64)      NOT NULL,
    token_expires_at   DATETIME(6)   NOT NULL,
    token_revoked_at   DATETIME(6)   NULL,
    changes_requested  VARCHAR(2000) NULL,
    sent_at            DATETIME(6)   NULL,
    submitted_at       DATETIME(6)   NULL,
    completed_at       DATETIME(6)   NULL,
    created_by         VARCHAR(100)  NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_assessment_token_hash (token_hash),
    KEY ix_assessment_vendor (vendor_id, created_at),
    KEY ix_assessment_status (status, created_at),
    KEY ix_assessment_template (template_id),
    CONSTRAINT fk_assessment_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id) ON DELETE CASCADE,
    CONSTRAINT fk_assessment_template FOREIGN KEY (template_id) REFERENCES questionnaire_template (id),
    CONSTRAINT ck_assessment_status CHECK (status IN ('DRAFT', 'SENT', 'IN_PROGRESS', 'SUBMITTED', 'UNDER_REVIEW',
        'CHANGES_REQUESTED', 'COMPLETED', 'EXPIRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per question of the template, created with the assessment (version 0 = never answered), so every
-- save is an UPDATE ... WHERE version = the version the client read: concurrent saves cannot both succeed.
-- answer_values is a JSON array (MULTI_CHOICE); answer_value holds every other type's answer as text.
CREATE TABLE assessment_answer (
    assessment_id        BIGINT        NOT NULL,
    question_id          BIGINT        NOT NULL,
    answer_value         VARCHAR(4000) NULL,
    answer_values        JSON          NULL,
    compensating_control VARCHAR(2000) NULL,
    remediation_date     DATE          NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    answered_at          DATETIME(6)   NULL,
    PRIMARY KEY (assessment_id, question_id),
    KEY ix_assessment_answer_question (question_id),
    CONSTRAINT fk_assessment_answer_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE,
    CONSTRAINT fk_assessment_answer_question FOREIGN KEY (question_id) REFERENCES questionnaire_question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Evidence files. The content is kept in the database (so any instance can serve it) in chunks of at most
-- 1 MiB, which stays under every server's max_allowed_packet; sha256 is of the whole file.
CREATE TABLE assessment_evidence (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    assessment_id BIGINT       NOT NULL,
    question_id   BIGINT       NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_assessment_evidence_assessment (assessment_id, question_id),
    CONSTRAINT fk_assessment_evidence_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE,
    CONSTRAINT fk_assessment_evidence_question FOREIGN KEY (question_id) REFERENCES questionnaire_question (id),
    CONSTRAINT ck_assessment_evidence_size CHECK (size_bytes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE assessment_evidence_chunk (
    evidence_id BIGINT     NOT NULL,
    seq         INT        NOT NULL,
    data        MEDIUMBLOB NOT NULL,
    PRIMARY KEY (evidence_id, seq),
    CONSTRAINT fk_assessment_evidence_chunk_evidence FOREIGN KEY (evidence_id) REFERENCES assessment_evidence (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
