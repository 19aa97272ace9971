package io.tollgate.risk;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.tollgate.common.Values;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
    private final ScoringRequestRepository requests;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final JsonMapper json;
    private final ApplicationEventPublisher<ScoringRequested> requested;

    public ScoringJobs(ScoringJobRepository jobs, ScoringRequestRepository requests, JdbcOperations jdbc, Clock clock,
                       JsonMapper json, ApplicationEventPublisher<ScoringRequested> requested) {
        this.jobs = jobs;
        this.requests = requests;
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
        this.requested = requested;
    }

    /** Which vendors a scoped request reaches (see {@link ScoringJobRepository#enqueueScopedRange}). */
    @Serdeable
    public record Scope(List<Long> platformIds, List<String> vendorCategories) {
    }

    /** Asks for a re-score of one vendor, inside the caller's transaction (see {@link RiskTriggers}). */
    @Transactional
    public void request(long vendorId, String reason) {
        requests.request(vendorId, abbreviate(reason), Values.now(clock));
        requested.publishEvent(new ScoringRequested());
    }

    /** Asks for a re-score of the vendors an incident reaches, inside the caller's transaction. */
    @Transactional
    public void requestScoped(String reason, Scope scope) {
        try {
            requests.requestScoped(abbreviate(reason), json.writeValueAsString(scope), Values.now(clock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        requested.publishEvent(new ScoringRequested());
    }

    /**
     * Turns up to {@code limit} of the oldest requests into jobs and deletes them, in one transaction; requests
     * another instance is draining are skipped. READ COMMITTED, as in {@link #claim}, so writers' inserts are
     * never blocked by gap locks. Returns how many requests were drained.
     */
    @io.micronaut.transaction.annotation.Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public int drainRequests(int limit) {
        List<ScoringRequest> batch = requests.lockOldest(limit);
        if (batch.isEmpty()) {
            return 0;
        }
        Instant now = Values.now(clock);
        List<Long> forVendors = batch.stream().filter(r -> r.vendorId() != null).map(ScoringRequest::id).toList();
        if (!forVendors.isEmpty()) {
            requests.enqueueVendors(forVendors, now);
        }
        batch.stream().filter(r -> r.vendorId() == null && r.scope() == null).map(ScoringRequest::reason).distinct()
                .forEach(this::enqueueAll);
        batch.stream().filter(r -> r.vendorId() == null && r.scope() != null)
                .forEach(r -> enqueueScoped(r.reason(), scopeOf(r)));
        requests.delete(batch.stream().map(ScoringRequest::id).toList());
        return batch.size();
    }

    private static String abbreviate(String reason) {
        return reason.length() <= 480 ? reason : reason.substring(0, 477) + "...";
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

    /** Queues the vendors the scope reaches, in chunks of {@link #CHUNK} ids; returns how many rows were inserted or merged. */
    @Transactional
    public long enqueueScoped(String reason, Scope scope) {
        if (scope.platformIds().isEmpty() && scope.vendorCategories().isEmpty()) {
            return 0; // an incident that names no platform and no category touches no vendor
        }
        // An empty IN list is not SQL: stand in a value no row has.
        List<String> categories = scope.vendorCategories().isEmpty() ? List.of("") : scope.vendorCategories();
        List<Long> platforms = scope.platformIds().isEmpty() ? List.of(0L) : scope.platformIds();
        Instant now = Values.now(clock);
        long max = jobs.maxVendorId();
        long touched = 0;
        for (long after = 0; after < max; after += CHUNK) {
            touched += jobs.enqueueScopedRange(after, Math.min(after + CHUNK, max), categories, platforms, reason, now, now);
        }
        return touched;
    }

    private Scope scopeOf(ScoringRequest request) {
        try {
            return json.readValue(request.scope(), Scope.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
     * One statement locks the due jobs and returns them, mapped here: locking their ids and then reading the rows
     * back as entities was 7 % of the scoring thread's time in a campaign re-score (the repository's mapper resolves
     * every column's name for every row).
     */
    @io.micronaut.transaction.annotation.Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public List<ScoringJob> claim(String worker, int limit) {
        Instant now = Values.now(clock);
        Instant until = now.plus(LEASE);
        List<ScoringJob> due = jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    SELECT id, vendor_id, reason, refresh_explanation, not_before, attempts, created_at FROM scoring_job
                     WHERE not_before <= ? AND (locked_until IS NULL OR locked_until < ?)
                     ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")) {
                Timestamp at = Timestamp.from(now);
                ps.setTimestamp(1, at);
                ps.setTimestamp(2, at);
                ps.setInt(3, limit);
                List<ScoringJob> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        // As the lease below leaves the row: the attempt counted, no longer the vendor's waiting job.
                        rows.add(new ScoringJob(rs.getLong(1), rs.getLong(2), null, rs.getString(3), rs.getBoolean(4),
                                rs.getTimestamp(5).toInstant(), rs.getInt(6) + 1, worker, until,
                                rs.getTimestamp(7).toInstant()));
                    }
                }
                return rows;
            }
        });
        if (!due.isEmpty()) {
            jobs.lease(due.stream().map(ScoringJob::id).toList(), worker, until);
        }
        return due;
    }

    @Transactional
    public void complete(ScoringJob job, String worker) {
        jobs.complete(job.id(), worker);
    }

    /** Gives back jobs whose vendor someone else holds locked; they are claimed again in a second. */
    @Transactional
    public void releaseSkipped(List<Long> jobIds, String worker) {
        if (!jobIds.isEmpty()) {
            jobs.releaseSkipped(jobIds, worker, Values.now(clock).plusSeconds(1));
        }
    }

    /** Gives back the jobs a stopping instance still holds; returns how many. */
    @Transactional
    public int releaseHeldBy(String worker) {
        return jobs.releaseHeldBy(worker);
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
