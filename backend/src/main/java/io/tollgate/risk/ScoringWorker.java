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
import java.util.List;
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
    private final VendorRiskService risk;
    private final BulkScoring bulk;
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

    public ScoringWorker(ScoringJobs jobs, VendorRiskService risk, BulkScoring bulk, RiskInputs inputs,
                         @Value("${tollgate.scoring.batch-size:1000}") int batchSize,
                         @Value("${tollgate.scoring.workers:1}") int workers,
                         @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                         @Named(TaskExecutors.SCHEDULED) ExecutorService scheduler) {
        this.jobs = jobs;
        this.risk = risk;
        this.bulk = bulk;
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
     * Scores the next chunk of a sweep; returns the sweep as it stands after it, or null when it is done or given
     * back. A chunk that fails is handed over to the jobs, vendor by vendor, as a failing chunk of jobs is retried.
     */
    ScoringSweep sweepChunk(ScoringSweep sweep, String worker) {
        RiskInputs.Context context = inputs.context();
        try {
            return bulk.rescore(sweep, worker, context, batchSize).next();
        } catch (ScoringJobs.SweepLost e) {
            LOG.info("Stopped on scoring sweep {}: {}", sweep.id(), e.getMessage());
            return null;
        } catch (RuntimeException e) {
            LOG.warn("Scoring a chunk of sweep {} failed, queueing its vendors one by one: {}", sweep.id(), e.toString());
        }
        try {
            return jobs.handOver(sweep, worker, batchSize);
        } catch (RuntimeException e) {
            LOG.warn("Could not hand over a chunk of sweep {}; retrying it later: {}", sweep.id(), e.toString());
        }
        try {
            jobs.releaseSweep(sweep, worker);
        } catch (RuntimeException e) {
            LOG.warn("Could not give back sweep {}; its lease runs out instead: {}", sweep.id(), e.toString());
        }
        return null;
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

    void process(List<ScoringJob> claimed, String worker) {
        if (claimed.isEmpty()) {
            return;
        }
        RiskInputs.Context context = inputs.context();
        try {
            BulkScoring.Outcome outcome = bulk.rescore(claimed, worker, context);
            jobs.releaseSkipped(outcome.skippedJobs(), worker);
            return;
        } catch (RuntimeException e) {
            LOG.warn("Scoring a chunk of {} vendors failed, scoring them one by one: {}", claimed.size(), e.toString());
        }
        for (ScoringJob job : claimed) {
            try {
                risk.rescore(job.vendorId(), job.reason(), context);
                jobs.complete(job, worker);
            } catch (RuntimeException e) {
                LOG.warn("Scoring vendor {} failed (attempt {}): {}", job.vendorId(), job.attempts(), e.toString());
                jobs.fail(job, worker);
            }
        }
    }
}
