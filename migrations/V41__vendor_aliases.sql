-- Other names a vendor goes by ("Salesloft Drift" for Salesloft), so that an incident naming a platform finds the
-- vendor that is it. Compared without regard to case (the table's collation), unique across vendors.
CREATE TABLE vendor_alias (
    vendor_id BIGINT       NOT NULL,
    alias     VARCHAR(200) NOT NULL,
    PRIMARY KEY (vendor_id, alias),
    UNIQUE KEY uk_vendor_alias_alias (alias),
    CONSTRAINT fk_vendor_alias_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
