-- A re-score of a range of vendor ids, queued as one row: an incident or a portfolio-wide change queues some ten of
-- these instead of one scoring_job row per vendor (30,000 for one campaign at 100,000 vendors), each of which was
-- inserted, leased and deleted again under three indexes. A worker claims a sweep with SELECT ... FOR UPDATE SKIP
-- LOCKED and a lease, as it claims jobs, and scores its vendors a chunk at a time; each chunk's transaction also
-- moves after_vendor_id past the vendors it scored, so a worker that dies resumes where the last commit left off.
-- scope is NULL for every vendor in the range, or the JSON of an incident's reach as in scoring_request.scope.
-- A chunk that fails is not retried as a whole: its vendors become scoring_job rows, which carry the attempts.
CREATE TABLE scoring_sweep (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    after_vendor_id BIGINT       NOT NULL,
    up_to_vendor_id BIGINT       NOT NULL,
    scope           TEXT         NULL,
    reason          VARCHAR(500) NOT NULL,
    not_before      DATETIME(6)  NOT NULL,
    locked_by       VARCHAR(100) NULL,
    locked_until    DATETIME(6)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_scoring_sweep_due (locked_until, not_before)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
