-- The explanation (about 6 KB of JSON per vendor) moves out of vendor_risk_score into its own table, compressed.
-- In the figures row it made vendor_risk_score 780 MB at 100,000 vendors: every read of the figures (the re-score
-- chunk, the vendor list, the dashboard) dragged it through the buffer pool. It is stored in the format of
-- COMPRESS() (4-byte little-endian length, then zlib), so UNCOMPRESS(explanation) reads it in SQL; the application
-- writes and reads it in the same format. Only the application writes it, so json_valid is no longer checked here.
CREATE TABLE vendor_risk_explanation (
    vendor_id   BIGINT   NOT NULL,
    explanation LONGBLOB NOT NULL,
    PRIMARY KEY (vendor_id),
    CONSTRAINT fk_vendor_risk_explanation_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO vendor_risk_explanation (vendor_id, explanation)
SELECT vendor_id, COMPRESS(explanation) FROM vendor_risk_score;

ALTER TABLE vendor_risk_score DROP CONSTRAINT ck_vendor_risk_score_explanation;
ALTER TABLE vendor_risk_score DROP COLUMN explanation;
-- The drop is instant on MySQL 8 and MariaDB: the old values stay in every row until each is rewritten. Giving the
-- space back is the point of the move, so the table is rebuilt now (online on both).
ALTER TABLE vendor_risk_score FORCE;
