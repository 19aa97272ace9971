-- Questionnaire templates: sections of typed questions. A question may be shown only when an earlier
-- answer matches (condition), may warn the vendor when its answer falls short of policy, and maps to
-- controls through rules that turn an answer into a control status and an evidence quality.
-- Templates are immutable once created; a changed questionnaire is a new (name, version).
CREATE TABLE questionnaire_template (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200)  NOT NULL,
    version     INT           NOT NULL,
    description VARCHAR(2000) NULL,
    status      VARCHAR(20)   NOT NULL,
    is_builtin  BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_questionnaire_template_name_version (name, version),
    CONSTRAINT ck_questionnaire_template_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    CONSTRAINT ck_questionnaire_template_version CHECK (version >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE questionnaire_section (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    template_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_questionnaire_section_position (template_id, position),
    CONSTRAINT fk_questionnaire_section_template FOREIGN KEY (template_id) REFERENCES questionnaire_template (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- options, condition_answers and warning_answers are JSON arrays; option values and the answers that
-- conditions, rules and warnings refer to are upper-case tokens (YES, NO, PARTIAL, NA, option values, PROVIDED).
CREATE TABLE questionnaire_question (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    template_id           BIGINT        NOT NULL,
    section_id            BIGINT        NOT NULL,
    position              INT           NOT NULL,
    question_key          VARCHAR(50)   NOT NULL,
    text                  VARCHAR(1000) NOT NULL,
    help_text             VARCHAR(2000) NULL,
    type                  VARCHAR(20)   NOT NULL,
    required              BOOLEAN       NOT NULL DEFAULT FALSE,
    options               JSON          NULL,
    condition_question_key VARCHAR(50)  NULL,
    condition_answers     JSON          NULL,
    warning_message       VARCHAR(1000) NULL,
    warning_answers       JSON          NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_questionnaire_question_key (template_id, question_key),
    UNIQUE KEY uk_questionnaire_question_position (section_id, position),
    CONSTRAINT fk_questionnaire_question_template FOREIGN KEY (template_id) REFERENCES questionnaire_template (id) ON DELETE CASCADE,
    CONSTRAINT fk_questionnaire_question_section FOREIGN KEY (section_id) REFERENCES questionnaire_section (id) ON DELETE CASCADE,
    CONSTRAINT ck_questionnaire_question_type CHECK (type IN ('YES_NO_PARTIAL_NA', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'NUMBER',
        'TEXT', 'DATE', 'FILE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per rule: when the answer is one of `answers`, the control gets control_status and/or evidence_quality.
-- Rules of one (question, control) apply in position order; the first match wins.
CREATE TABLE questionnaire_control_rule (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    question_id      BIGINT      NOT NULL,
    control_code     VARCHAR(20) NOT NULL,
    position         INT         NOT NULL,
    answers          JSON        NOT NULL,
    control_status   VARCHAR(20) NULL,
    evidence_quality VARCHAR(30) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_questionnaire_control_rule_position (question_id, control_code, position),
    KEY ix_questionnaire_control_rule_control (control_code),
    CONSTRAINT fk_questionnaire_control_rule_question FOREIGN KEY (question_id) REFERENCES questionnaire_question (id) ON DELETE CASCADE,
    CONSTRAINT fk_questionnaire_control_rule_control FOREIGN KEY (control_code) REFERENCES control (code),
    CONSTRAINT ck_questionnaire_control_rule_status CHECK (control_status IS NULL
        OR control_status IN ('MET', 'PARTIAL', 'NOT_MET', 'NOT_APPLICABLE')),
    CONSTRAINT ck_questionnaire_control_rule_evidence CHECK (evidence_quality IS NULL
        OR evidence_quality IN ('SELF_ATTESTED', 'DOCUMENTED', 'INDEPENDENTLY_TESTED')),
    CONSTRAINT ck_questionnaire_control_rule_effect CHECK (control_status IS NOT NULL OR evidence_quality IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
