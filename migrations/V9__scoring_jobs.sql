-- Pending re-scores. Writers enqueue in their own transaction; workers on any instance claim batches with
-- SELECT ... FOR UPDATE SKIP LOCKED and take a lease (locked_by, locked_until) so a crashed worker's jobs are
-- picked up again once the lease runs out. pending_vendor_id equals vendor_id while a job is waiting and is
-- NULL once claimed, so the unique key coalesces bursts into one waiting job per vendor while still allowing
-- one new job to queue behind a job that is being worked on (InnoDB unique keys allow many NULLs).
CREATE TABLE scoring_job (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    vendor_id         BIGINT       NOT NULL,
    pending_vendor_id BIGINT       NULL,
    reason            VARCHAR(500) NOT NULL,
    not_before        DATETIME(6)  NOT NULL,
    attempts          INT          NOT NULL DEFAULT 0,
    locked_by         VARCHAR(100) NULL,
    locked_until      DATETIME(6)  NULL,
    created_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_scoring_job_pending_vendor (pending_vendor_id),
    KEY ix_scoring_job_due (locked_until, not_before),
    KEY ix_scoring_job_vendor (vendor_id),
    CONSTRAINT fk_scoring_job_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
