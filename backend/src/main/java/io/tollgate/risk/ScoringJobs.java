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
 * several instances can work the same table and a crashed worker's jobs come back when its lease runs out. A change to
 * one vendor queues a job for it; a change that reaches many (an incident, the whole portfolio) queues sweeps over
 * ranges of vendor ids, which cost a row per range instead of a row per vendor.
 */
@Singleton
public class ScoringJobs {
    /** Vendors per INSERT ... SELECT when the unscored vendors are queued. */
    static final long CHUNK = 5_000;
    /**
     * Vendor ids per sweep: some ten sweeps at 100,000 vendors, enough for several instances to share one re-score,
     * and a few full chunks each, as a sweep's last chunk is usually short.
     */
    static final long SWEEP = 10_000;
    static final Duration LEASE = Duration.ofMinutes(2);

    private final ScoringJobRepository jobs;
    private final ScoringRequestRepository requests;
    private final ScoringSweepRepository sweeps;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final JsonMapper json;
    private final ApplicationEventPublisher<ScoringRequested> requested;

    public ScoringJobs(ScoringJobRepository jobs, ScoringRequestRepository requests, ScoringSweepRepository sweeps,
                       JdbcOperations jdbc, Clock clock, JsonMapper json,
                       ApplicationEventPublisher<ScoringRequested> requested) {
        this.jobs = jobs;
        this.requests = requests;
        this.sweeps = sweeps;
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
        this.requested = requested;
    }

    /** Which vendors a scoped request reaches (see {@link ScoringSweepRepository#scopedVendorsAfter}). */
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

    /** Asks for a re-score of every vendor, inside the caller's transaction (a change to the control catalogue). */
    @Transactional
    public void requestAll(String reason) {
        requests.requestAll(abbreviate(reason), Values.now(clock));
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
                .forEach(r -> enqueueScoped(r.reason(), scopeOf(r.scope())));
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

    /** Queues a re-score of every vendor as sweeps of {@link #SWEEP} ids; returns how many sweeps were queued or merged. */
    @Transactional
    public int enqueueAll(String reason) {
        return enqueueSweeps(reason, null);
    }

    /** Queues a re-score of the vendors the scope reaches as sweeps of {@link #SWEEP} ids; returns how many sweeps were queued or merged. */
    @Transactional
    public int enqueueScoped(String reason, Scope scope) {
        if (scope.platformIds().isEmpty() && scope.vendorCategories().isEmpty()) {
            return 0; // an incident that names no platform and no category touches no vendor
        }
        try {
            return enqueueSweeps(reason, json.writeValueAsString(scope));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int enqueueSweeps(String reason, String scope) {
        return enqueueSweeps(reason, scope, 0, jobs.maxVendorId(), SWEEP);
    }

    /** Queues sweeps of {@code size} ids over (afterId, upToId], merging into waiting ones of the same range and scope. */
    int enqueueSweeps(String reason, String scope, long afterId, long upToId, long size) {
        Instant now = Values.now(clock);
        int queued = 0;
        for (long after = afterId; after < upToId; after += size) {
            long upTo = Math.min(after + size, upToId);
            if (sweeps.merge(after, upTo, scope, reason) == 0) {
                sweeps.insert(after, upTo, scope, reason, now);
            }
            queued++;
        }
        return queued;
    }

    /** The vendors a sweep scores next, at most {@code limit}, in id order, after its cursor. */
    List<Long> nextVendors(ScoringSweep sweep, int limit) {
        if (sweep.scope() == null) {
            return sweeps.vendorsAfter(sweep.afterVendorId(), sweep.upToVendorId(), limit);
        }
        Scope scope = scopeOf(sweep.scope());
        // An empty IN list is not SQL: stand in a value no row has.
        List<String> categories = scope.vendorCategories().isEmpty() ? List.of("") : scope.vendorCategories();
        List<Long> platforms = scope.platformIds().isEmpty() ? List.of(0L) : scope.platformIds();
        return sweeps.scopedVendorsAfter(sweep.afterVendorId(), sweep.upToVendorId(), categories, platforms, limit);
    }

    private Scope scopeOf(String scope) {
        try {
            return json.readValue(scope, Scope.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether some vendor's stored score was computed by a model other than {@code modelVersion}. */
    @Transactional
    public boolean anyScoredByAnotherModel(String modelVersion) {
        return jobs.anyScoredByAnotherModel(modelVersion);
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

    /** Claims the oldest due sweep for {@code worker} and commits the lease; null when none is due. */
    @io.micronaut.transaction.annotation.Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public ScoringSweep claimSweep(String worker) {
        Instant now = Values.now(clock);
        Instant until = now.plus(LEASE);
        ScoringSweep due = jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    SELECT id, after_vendor_id, up_to_vendor_id, scope, reason, not_before, created_at FROM scoring_sweep
                     WHERE not_before <= ? AND (locked_until IS NULL OR locked_until < ?)
                     ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""")) {
                Timestamp at = Timestamp.from(now);
                ps.setTimestamp(1, at);
                ps.setTimestamp(2, at);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new ScoringSweep(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6).toInstant(), worker, until, rs.getTimestamp(7).toInstant())
                            : null;
                }
            }
        });
        if (due != null) {
            sweeps.lease(due.id(), worker, until);
        }
        return due;
    }

    /**
     * After a sweep's chunk of {@code vendorIds} was scored: queues {@code leftOver} (vendors someone else held, or
     * that failed alone) as jobs of their own due in a second, and moves the sweep past the chunk, in one transaction.
     * Returns the sweep as it now stands, or null if it is done.
     */
    @Transactional
    public ScoringSweep advance(ScoringSweep sweep, String worker, List<Long> vendorIds, int limit, List<Long> leftOver) {
        if (!leftOver.isEmpty()) {
            Instant now = Values.now(clock);
            jobs.enqueueEach(leftOver, sweep.reason(), now.plusSeconds(1), now);
        }
        return moveOn(sweep, worker, vendorIds, limit);
    }

    /**
     * After a chunk of {@code vendorIds} (asked for {@code limit}): completes the sweep when the chunk was short,
     * otherwise moves its cursor and renews its lease. Throws if the lease was lost: another worker then owns the
     * range (and scores the chunk again, which changes nothing).
     */
    ScoringSweep moveOn(ScoringSweep sweep, String worker, List<Long> vendorIds, int limit) {
        if (vendorIds.size() < limit) {
            if (sweeps.complete(sweep.id(), worker) == 0) {
                throw new SweepLost(sweep);
            }
            return null;
        }
        long last = vendorIds.get(vendorIds.size() - 1);
        if (sweeps.advance(sweep.id(), worker, last, Values.now(clock).plus(LEASE)) == 0) {
            throw new SweepLost(sweep);
        }
        return sweep.after(last);
    }

    /** A sweep whose lease ran out and was taken by another worker, which now scores the rest of its range. */
    static final class SweepLost extends IllegalStateException {
        SweepLost(ScoringSweep sweep) {
            super("the lease on scoring sweep " + sweep.id() + " was lost");
        }
    }

    /** Gives a sweep back to be retried later, where its cursor stands. */
    @Transactional
    public void releaseSweep(ScoringSweep sweep, String worker) {
        sweeps.release(sweep.id(), worker, Values.now(clock).plusSeconds(30));
    }

    /** Deletes the jobs {@code worker} holds among {@code jobIds}: their vendors are scored. */
    @Transactional
    public void completeAll(List<Long> jobIds, String worker) {
        if (!jobIds.isEmpty()) {
            jobs.completeAll(jobIds, worker);
        }
    }

    /** Gives back jobs whose vendor someone else holds locked; they are claimed again in a second. */
    @Transactional
    public void releaseSkipped(List<Long> jobIds, String worker) {
        if (!jobIds.isEmpty()) {
            jobs.releaseSkipped(jobIds, worker, Values.now(clock).plusSeconds(1));
        }
    }

    /** Gives back the jobs and sweeps a stopping instance still holds; returns how many. */
    @Transactional
    public int releaseHeldBy(String worker) {
        return jobs.releaseHeldBy(worker) + sweeps.releaseHeldBy(worker);
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
