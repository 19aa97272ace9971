-- Model 2026.2 stores how much of each score rests on knowledge (INCOMPLETE: no data holdings recorded;
-- PROVISIONAL: no assessment completed; ASSESSED), so lists and the dashboard can show it without the explanation.
-- Scores of an older model are re-scored at start-up; until then they read as provisional.
-- The inputs fingerprint was written for every score and never read: it goes.
ALTER TABLE vendor_risk_score
    ADD COLUMN confidence VARCHAR(20) NOT NULL DEFAULT 'PROVISIONAL',
    ADD CONSTRAINT ck_vendor_risk_score_confidence CHECK (confidence IN ('INCOMPLETE', 'PROVISIONAL', 'ASSESSED')),
    DROP COLUMN inputs_hash;
