-- Tier sorts by severity (critical first), not alphabetically: a rank the service keeps beside the tier.
ALTER TABLE vendor ADD COLUMN tier_rank TINYINT NOT NULL DEFAULT 3;

UPDATE vendor SET tier_rank = CASE tier
    WHEN 'CRITICAL' THEN 1
    WHEN 'HIGH' THEN 2
    WHEN 'MEDIUM' THEN 3
    ELSE 4 END;

CREATE INDEX ix_vendor_tier_rank ON vendor (tier_rank, id);
