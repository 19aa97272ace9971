package io.tollgate.risk;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.tollgate.testsupport.Eventually.await;
import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ScoringJobsTest extends IntegrationTest {
    @Inject
    ScoringJobs jobs;
    @Inject
    ScoringWorker worker;
    @Inject
    ScoringJobRepository repository;
    @Inject
    ScoringRequestRepository requests;

    @Test
    void aBurstOfChangesToOneVendorCoalescesIntoOneWaitingJob() {
        long id = vendor("Burst").create(analyst());
        // The first score first: an enqueue racing the instance's worker queueing the same vendor can deadlock on the
        // job table's unique key. The worker tries again next round; a direct call from a test would just fail.
        // (Changes reach the job table through scoring_request for this reason: see RiskTriggers.)
        await("the first score is done", () -> requests.countFor(List.of(id)) == 0 && repository.countFor(List.of(id)) == 0);

        jobs.enqueue(id, "data holdings changed");
        jobs.enqueue(id, "control override C08");
        jobs.enqueue(id, "data holdings changed");

        assertThat(repository.countFor(List.of(id))).isLessThanOrEqualTo(2);
    }

    @Test
    void twoWorkersClaimingAtTheSameTimeNeverTakeTheSameJobAndFinishThemAll() throws Exception {
        List<Long> vendorIds = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            vendorIds.add(vendor("Queued").create(analyst()));
        }
        // Creating a vendor requests its first score; let the server's own worker finish those first, or the
        // requests it drains later become jobs after both test workers have seen the queue empty.
        await("the first scores are done", () -> requests.countFor(vendorIds) == 0 && repository.countFor(vendorIds) == 0);
        for (long id : vendorIds) {
            jobs.enqueue(id, "test");
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Map<String, List<String>> taken = new ConcurrentHashMap<>();
        List<String> misread = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (String name : List.of("test-worker-a", "test-worker-b")) {
                List<String> mine = Collections.synchronizedList(new ArrayList<>());
                taken.put(name, mine);
                running.add(pool.submit(() -> {
                    start.await();
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (System.nanoTime() < deadline) {
                        List<ScoringJob> claimed = jobs.claim(name, 3);
                        // A lease is a job and its attempt: a failed job may come back for another attempt.
                        claimed.forEach(j -> mine.add(j.id() + "#" + j.attempts()));
                        // A claimed job comes back as the lease left it, with what was queued.
                        claimed.stream().filter(j -> vendorIds.contains(j.vendorId())).forEach(j -> {
                            if (!j.reason().equals("test") || !j.refreshExplanation() || j.attempts() < 1
                                    || !name.equals(j.lockedBy()) || j.pendingVendorId() != null
                                    || !j.lockedUntil().isAfter(java.time.Instant.now().plusSeconds(60))
                                    || j.createdAt().isAfter(java.time.Instant.now())) {
                                misread.add(j.toString());
                            }
                        });
                        worker.process(claimed, name);
                        if (claimed.isEmpty() && repository.countFor(vendorIds) == 0) {
                            return null;
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : running) {
                f.get(90, TimeUnit.SECONDS);
            }

            List<String> a = taken.get("test-worker-a");
            List<String> b = taken.get("test-worker-b");
            Set<String> overlap = new HashSet<>(a);
            overlap.retainAll(b);
            assertThat(overlap).isEmpty();
            assertThat(a).doesNotHaveDuplicates();
            assertThat(b).doesNotHaveDuplicates();
            assertThat(repository.countFor(vendorIds)).isZero();
            assertThat(misread).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStoppingInstanceGivesBackTheJobsAndSweepsItsClaimersHoldAndNoOneElses() throws Exception {
        long id = vendor("Leased").create(analyst());
        await("the first score is done", () -> requests.countFor(List.of(id)) == 0 && repository.countFor(List.of(id)) == 0);
        String instance = "test-instance-" + java.util.UUID.randomUUID();
        String lookalike = instance + "x";
        for (String holder : List.of(instance, instance + "-1", lookalike)) {
            Database.update("""
                    INSERT INTO scoring_job (vendor_id, reason, not_before, attempts, locked_by, locked_until, created_at)
                    VALUES (?, 'test', UTC_TIMESTAMP(6), 1, ?, UTC_TIMESTAMP(6) + INTERVAL 2 MINUTE, UTC_TIMESTAMP(6))""",
                    id, holder);
        }
        for (String holder : List.of(instance + "-1", lookalike)) {
            Database.update("""
                    INSERT INTO scoring_sweep (after_vendor_id, up_to_vendor_id, reason, not_before, locked_by, locked_until, created_at)
                    VALUES (?, ?, 'test', UTC_TIMESTAMP(6), ?, UTC_TIMESTAMP(6) + INTERVAL 2 MINUTE, UTC_TIMESTAMP(6))""",
                    id, id, holder);
        }

        assertThat(jobs.releaseHeldBy(instance)).isEqualTo(3);

        assertThat(Database.column("SELECT COUNT(*) FROM scoring_job WHERE locked_by IN (?, ?)", instance, instance + "-1"))
                .isEqualTo("0");
        assertThat(Database.column("SELECT COUNT(*) FROM scoring_job WHERE locked_by = ? AND attempts = 1", lookalike))
                .isEqualTo("1");
        assertThat(Database.column("SELECT COUNT(*) FROM scoring_sweep WHERE locked_by = ?", instance + "-1")).isEqualTo("0");
        assertThat(Database.column("SELECT COUNT(*) FROM scoring_sweep WHERE locked_by = ?", lookalike)).isEqualTo("1");
        Database.update("DELETE FROM scoring_job WHERE locked_by = ?", lookalike);
        Database.update("DELETE FROM scoring_sweep WHERE locked_by = ? OR (after_vendor_id = ? AND up_to_vendor_id = ?)", lookalike, id, id);
    }
}
