package io.tollgate.risk;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Works off the scoring queue: turns re-score requests into jobs and sweeps, then claims chunks of jobs and of
 * sweeps and re-scores each chunk in one transaction ({@link BulkScoring}). Should a chunk fail, its vendors are
 * scored one by one, each in its own transaction (a sweep's, as jobs of their own), so one bad vendor is retried
 * alone. Every instance runs {@code tollgate.scoring.workers} claimers at once; instances and claimers share the
 * tables safely (see {@link ScoringJobs}). One by default: on two cores a second claimer made a 30,000-vendor
 * re-score 14 % faster but pushed the API's p99 to 2-3 times idle (docs/benchmarks.md); an instance that only
 * scores, or a larger machine, can run more.
 */
@Singleton
public class ScoringWorker {
    private static final Logger LOG = LoggerFactory.getLogger(ScoringWorker.class);

    /** Requests drained per transaction. */
    static final int REQUEST_BATCH = 500;

    private final ScoringJobs jobs;
    private final Rescoring rescoring;
    private final RiskInputs inputs;
    private final int batchSize;
    private final int workers;
    private final ExecutorService executor;
    private final String workerId = "worker-" + UUID.randomUUID();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicBoolean wakePending = new AtomicBoolean();
    /** Set by a wake-up; a round clears it as it starts and runs again if it was set meanwhile. */
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final ExecutorService scheduler;

    public ScoringWorker(ScoringJobs jobs, Rescoring rescoring, RiskInputs inputs,
                         @Value("${tollgate.scoring.batch-size:1000}") int batchSize,
                         @Value("${tollgate.scoring.workers:1}") int workers,
                         @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                         @Named(TaskExecutors.SCHEDULED) ExecutorService scheduler) {
        this.jobs = jobs;
        this.rescoring = rescoring;
        this.inputs = inputs;
        this.batchSize = batchSize;
        this.workers = Math.max(1, workers);
        this.executor = executor;
        this.scheduler = scheduler;
    }

    /**
     * A request queued on this instance is started on as soon as its transaction commits, rather than at the next
     * poll (up to {@code tollgate.scoring.interval} later). Requests queued elsewhere still wait for the poll: the
     * database is the only thing instances share. Wake-ups coalesce: a burst of changes costs a round or two, and
     * a wake-up that finds a round running has that round go once more.
     */
    @TransactionalEventListener
    void onScoringRequested(ScoringRequested event) {
        wanted.set(true);
        if (!stopping.get() && wakePending.compareAndSet(false, true)) {
            try {
                // Without the committing transaction's context, which the executor would otherwise carry over.
                scheduler.execute(PropagatedContext.empty().wrap(() -> {
                    wakePending.set(false);
                    drain();
                }));
            } catch (RejectedExecutionException e) {
                wakePending.set(false);   // shutting down: the requests stay queued for the next instance's poll
            }
        }
    }

    // Per instance on purpose: every instance works off the queue, whose tables share the work among them.
    @Scheduled(fixedDelay = "${tollgate.scoring.interval:1s}", initialDelay = "${tollgate.scoring.initial-delay:2s}")
    void drain() {
        // A wake-up that finds a round running asks for another one; the check after the round closes the gap
        // between that round's end and the wake-up giving up.
        while (!stopping.get() && running.compareAndSet(false, true)) {
            try {
                wanted.set(false);
                round();
            } finally {
                running.set(false);
            }
            if (!wanted.get()) {
                return;
            }
        }
    }

    private void round() {
        try {
            while (jobs.drainRequests(REQUEST_BATCH) == REQUEST_BATCH) {
                // more requests waiting
            }
            // Each claimer leases its own chunks under its own name; the extra ones run on the blocking pool.
            List<CompletableFuture<Void>> others = new ArrayList<>();
            for (int i = 1; i < workers; i++) {
                String name = workerId + "-" + i;
                others.add(CompletableFuture.runAsync(() -> claimUntilShort(name), executor));
            }
            try {
                claimUntilShort(workerId);
            } finally {
                // The round ends when every claimer has stopped, so the next round never adds claimers to it.
                others.forEach(claimer -> claimer.exceptionally(e -> {
                    LOG.warn("Scoring claimer stopped this round: {}", e.toString());
                    return null;
                }).join());
            }
        } catch (RuntimeException e) {
            LOG.warn("Scoring worker stopped this round: {}", e.toString());
        }
    }

    /**
     * Works off the jobs, then the sweeps a chunk at a time. The jobs are claimed again before every chunk of a
     * sweep: they are single changes someone is waiting to see, and cost one short query when there are none.
     */
    private void claimUntilShort(String worker) {
        claimJobsUntilShort(worker);
        ScoringSweep sweep;
        while (!stopping.get() && (sweep = jobs.claimSweep(worker)) != null) {
            while (sweep != null && !stopping.get()) {
                sweep = sweepChunk(sweep, worker);
                claimJobsUntilShort(worker);
            }
        }
    }

    private void claimJobsUntilShort(String worker) {
        int done;
        do {
            done = runOnce(worker, batchSize);
        } while (done == batchSize && !stopping.get());
    }

    /**
     * Scores the next chunk of a sweep, then moves its cursor past the chunk; returns the sweep as it stands after it,
     * or null when it is done or given back. Vendors someone else held, or that failed alone, become jobs of their
     * own. A crash between scoring and moving the cursor re-scores the chunk, which changes nothing.
     */
    ScoringSweep sweepChunk(ScoringSweep sweep, String worker) {
        return sweepChunk(sweep, worker, batchSize);
    }

    ScoringSweep sweepChunk(ScoringSweep sweep, String worker, int batchSize) {
        try {
            RiskInputs.Context context = inputs.context();
            List<Long> vendorIds = jobs.nextVendors(sweep, batchSize);
            RiskInputs.Selection range = sweep.scope() == null && !vendorIds.isEmpty()
                    ? RiskInputs.Selection.range(sweep.afterVendorId(), vendorIds.get(vendorIds.size() - 1)) : null;
            Rescoring.Outcome outcome = rescoreSplitting(vendorIds.stream()
                    .map(id -> new Rescoring.Work(id, sweep.reason(), false)).toList(), range, context);
            return jobs.advance(sweep, worker, vendorIds, batchSize, concat(outcome.skipped(), outcome.failed()));
        } catch (ScoringJobs.SweepLost e) {
            LOG.info("Stopped on scoring sweep {}: {}", sweep.id(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Could not score a chunk of sweep {}; retrying it later: {}", sweep.id(), e.toString());
            try {
                jobs.releaseSweep(sweep, worker);
            } catch (RuntimeException again) {
                LOG.warn("Could not give back sweep {}; its lease runs out instead: {}", sweep.id(), again.toString());
            }
        }
        return null;
    }

    /**
     * Re-scores a chunk in one transaction; should it fail, each half is retried in a transaction of its own, down
     * to single vendors, so that one bad vendor fails alone (and is reported in the outcome's failed list).
     */
    Rescoring.Outcome rescoreSplitting(List<Rescoring.Work> work, RiskInputs.Selection range, RiskInputs.Context context) {
        try {
            return rescoring.rescore(work, range, context, Rescoring.Locking.SKIP);
        } catch (RuntimeException e) {
            if (work.size() <= 1) {
                LOG.warn("Scoring vendor {} failed: {}", work.isEmpty() ? "-" : work.get(0).vendorId(), e.toString());
                return new Rescoring.Outcome(List.of(), List.of(), work.stream().map(Rescoring.Work::vendorId).toList(), 0, 0);
            }
            LOG.warn("Scoring {} vendors failed, retrying them in halves: {}", work.size(), e.toString());
            return rescoreSplitting(work.subList(0, work.size() / 2), null, context)
                    .plus(rescoreSplitting(work.subList(work.size() / 2, work.size()), null, context));
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * On shutdown (a rolling deploy, a scaled-in instance) claims no more chunks, lets the chunk in hand finish for
     * a few seconds, then gives back whatever this instance still holds, so another instance re-scores it now rather
     * than when the two-minute lease runs out. A chunk that commits after the release only re-scores its vendors
     * twice, which changes nothing: its completion matches on the lease it no longer has.
     */
    @PreDestroy
    void stop() {
        stopping.set(true);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (running.get() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            int released = jobs.releaseHeldBy(workerId);
            if (released > 0) {
                LOG.info("Gave back {} scoring jobs on shutdown", released);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not give back scoring jobs on shutdown; their leases run out instead: {}", e.toString());
        }
    }

    /** Whether a round is running or about to (tests wait for the instance's own worker to be idle). */
    boolean busy() {
        return running.get() || wakePending.get() || wanted.get();
    }

    /** Claims and processes one batch as {@code worker}; returns how many jobs it claimed. */
    public int runOnce(String worker, int limit) {
        List<ScoringJob> claimed = jobs.claim(worker, limit);
        process(claimed, worker);
        return claimed.size();
    }

    /**
     * Re-scores the claimed jobs' vendors, then completes the jobs of those scored, gives back those someone else
     * held, and fails those that failed alone (retried with back-off). Completion follows the scoring's commit: a
     * crash between the two scores the vendor again, which changes nothing (at least once, idempotent).
     */
    void process(List<ScoringJob> claimed, String worker) {
        if (claimed.isEmpty()) {
            return;
        }
        Map<Long, List<ScoringJob>> byVendor = claimed.stream()
                .collect(Collectors.groupingBy(ScoringJob::vendorId, LinkedHashMap::new, Collectors.toList()));
        List<Rescoring.Work> work = new ArrayList<>();
        byVendor.forEach((vendorId, its) -> work.add(new Rescoring.Work(vendorId, its.get(0).reason(),
                its.stream().anyMatch(ScoringJob::refreshExplanation))));
        Rescoring.Outcome outcome = rescoreSplitting(work, null, inputs.context());
        jobs.completeAll(jobsOf(byVendor, outcome.done()), worker);
        jobs.releaseSkipped(jobsOf(byVendor, outcome.skipped()), worker);
        outcome.failed().forEach(vendorId -> byVendor.get(vendorId).forEach(job -> jobs.fail(job, worker)));
    }

    private static List<Long> jobsOf(Map<Long, List<ScoringJob>> byVendor, List<Long> vendorIds) {
        return vendorIds.stream().flatMap(v -> byVendor.get(v).stream()).map(ScoringJob::id).toList();
    }
}
