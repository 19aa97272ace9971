package io.tollgate.risk;

import io.micronaut.transaction.TransactionDefinition;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import io.tollgate.common.Values;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Queues and claims re-scores. Claims use SELECT ... FOR UPDATE SKIP LOCKED (MySQL 8, MariaDB 10.6+) and a lease, so
 * several instances can work the same table and a crashed worker's jobs come back when its lease runs out.
 */
@Singleton
public class ScoringJobs {
    /** Vendors per INSERT ... SELECT when the whole portfolio is queued. */
    static final long CHUNK = 5_000;
    static final Duration LEASE = Duration.ofMinutes(2);

    private final ScoringJobRepository jobs;
    private final Clock clock;

    public ScoringJobs(ScoringJobRepository jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @Transactional
    public void enqueue(long vendorId, String reason) {
        Instant now = Values.now(clock);
        jobs.enqueue(vendorId, reason, now, now);
    }

    /** Queues every vendor, in chunks of {@link #CHUNK} ids; returns how many rows were inserted or merged. */
    @Transactional
    public long enqueueAll(String reason) {
        Instant now = Values.now(clock);
        long max = jobs.maxVendorId();
        long touched = 0;
        for (long after = 0; after < max; after += CHUNK) {
            touched += jobs.enqueueRange(after, Math.min(after + CHUNK, max), reason, now, now);
        }
        return touched;
    }

    @Transactional
    public long enqueueUnscored(String reason) {
        Instant now = Values.now(clock);
        long max = jobs.maxVendorId();
        long touched = 0;
        for (long after = 0; after < max; after += CHUNK) {
            touched += jobs.enqueueUnscoredRange(after, Math.min(after + CHUNK, max), reason, now, now);
        }
        return touched;
    }

    /**
     * Claims up to {@code limit} due jobs for {@code worker} and commits the lease before any scoring starts.
     * READ COMMITTED locks only the rows claimed, not the gaps between them, so enqueues are not blocked.
     */
    @io.micronaut.transaction.annotation.Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public List<ScoringJob> claim(String worker, int limit) {
        Instant now = Values.now(clock);
        List<Long> ids = jobs.lockDue(now, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        jobs.lease(ids, worker, now.plus(LEASE));
        return jobs.findByIds(ids);
    }

    @Transactional
    public void complete(ScoringJob job, String worker) {
        jobs.complete(job.id(), worker);
    }

    /** A job that keeps failing is dropped after five attempts (the error is logged); otherwise retried later. */
    @Transactional
    public void fail(ScoringJob job, String worker) {
        if (job.attempts() >= 5) {
            jobs.delete(job.id());
        } else {
            jobs.release(job.id(), worker, Values.now(clock).plusSeconds(30L * job.attempts()));
        }
    }
}
