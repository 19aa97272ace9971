-- Re-score requests, written in the same transaction as the change that makes a score stale, so a crash right
-- after the commit can no longer lose a re-score. Insert-only and without a unique key: writers take no lock a
-- worker could hold, so a request can never deadlock (and roll back) the user's change. Workers drain requests
-- into scoring_job (which coalesces them) with SELECT ... FOR UPDATE SKIP LOCKED. vendor_id NULL asks for every
-- vendor (an incident changed). No foreign key: a request for a vendor deleted meanwhile simply queues nothing.
CREATE TABLE scoring_request (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    vendor_id  BIGINT       NULL,
    reason     VARCHAR(500) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Whether the stored explanation must be recomputed even when the score's figures did not change: true for
-- a change to the vendor itself (its holdings, controls, details), false for portfolio-wide re-scores, which
-- keep the stored explanation of every vendor whose figures stay the same.
ALTER TABLE scoring_job ADD COLUMN refresh_explanation BOOLEAN NOT NULL DEFAULT TRUE;
