-- People who sign in to Tollgate. One role each: ADMIN, ANALYST or VIEWER.
CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_app_user_username (username),
    CONSTRAINT ck_app_user_role CHECK (role IN ('ADMIN', 'ANALYST', 'VIEWER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
