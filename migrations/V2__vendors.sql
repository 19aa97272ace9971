-- The vendor registry. Platforms a vendor runs on or connects to are vendors too (fourth parties),
-- linked through vendor_platform, so the supply chain is a graph.
CREATE TABLE vendor (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    name                VARCHAR(200)  NOT NULL,
    website             VARCHAR(500)  NOT NULL,
    category            VARCHAR(40)   NOT NULL,
    tier                VARCHAR(20)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    description         VARCHAR(2000) NULL,
    services            JSON          NULL,
    business_owner      VARCHAR(200)  NULL,
    security_contact    VARCHAR(254)  NULL,
    next_review_date    DATE          NULL,
    external_id         VARCHAR(100)  NULL,
    -- Maintained by the data-holdings feature so lists and sorts never aggregate holdings per request.
    total_records       BIGINT        NOT NULL DEFAULT 0,
    data_category_count INT           NOT NULL DEFAULT 0,
    holdings_version    BIGINT        NOT NULL DEFAULT 0,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_vendor_name (name),
    UNIQUE KEY uk_vendor_external_id (external_id),
    KEY ix_vendor_category_name (category, name),
    KEY ix_vendor_tier_name (tier, name),
    KEY ix_vendor_status_name (status, name),
    KEY ix_vendor_next_review_date (next_review_date),
    KEY ix_vendor_updated_at (updated_at),
    KEY ix_vendor_total_records (total_records)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE vendor_platform (
    vendor_id   BIGINT NOT NULL,
    platform_id BIGINT NOT NULL,
    PRIMARY KEY (vendor_id, platform_id),
    KEY ix_vendor_platform_platform (platform_id),
    CONSTRAINT fk_vendor_platform_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id) ON DELETE CASCADE,
    -- No cascade: a platform other vendors depend on cannot disappear silently.
    CONSTRAINT fk_vendor_platform_platform FOREIGN KEY (platform_id) REFERENCES vendor (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
