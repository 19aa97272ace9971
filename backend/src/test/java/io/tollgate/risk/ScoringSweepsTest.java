package io.tollgate.risk;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.tollgate.testsupport.Eventually.await;
import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sweeps: a re-score of a range of vendor ids, worked a chunk at a time by whoever holds its lease. The instance's
 * own worker polls only hourly here, so after its wake-ups have settled only the test's workers claim sweeps; its
 * chunks are three vendors.
 */
@MicronautTest(transactional = false)
@Property(name = "tollgate.scoring.interval", value = "1h")
@Property(name = "tollgate.scoring.initial-delay", value = "1h")
@Property(name = "tollgate.scoring.batch-size", value = "3")
class ScoringSweepsTest extends IntegrationTest {
    @Inject
    ScoringJobs jobs;
    @Inject
    ScoringJobRepository jobRows;
    @Inject
    ScoringRequestRepository requests;
    @Inject
    ScoringWorker worker;
    @Inject
    RiskInputs inputs;
    @Inject
    JsonMapper json;

    /** A platform (CRM), vendors on it and one bystander beside them (LEGAL, reached only through the platform). */
    private record Portfolio(long platform, List<Long> users, long bystander) {
        List<Long> reached() {
            List<Long> all = new ArrayList<>(List.of(platform));
            all.addAll(users);
            return all;
        }
    }

    @BeforeEach
    void noSweepLeftFromElsewhere() throws SQLException {
        Database.update("DELETE FROM scoring_sweep");
    }

    private Portfolio portfolio(int users) throws SQLException {
        long platform = vendor("Sweep platform").with("category", "CRM").create(admin());
        List<Long> on = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            on.add(vendor("Sweep user").with("category", "LEGAL").platforms(platform).create(analyst()));
        }
        long bystander = vendor("Sweep bystander").with("category", "LEGAL").create(analyst());
        List<Long> all = new ArrayList<>(on);
        all.add(platform);
        all.add(bystander);
        await("the first scores are done and the instance's worker is idle",
                () -> requests.countFor(all) == 0 && jobRows.countFor(all) == 0 && !worker.busy());
        // Marks every score as old, so a re-score shows in scored_at.
        Database.update("UPDATE vendor_risk_score SET scored_at = '2000-01-01 00:00:00' WHERE vendor_id BETWEEN ? AND ?",
                platform, bystander);
        return new Portfolio(platform, on, bystander);
    }

    private String scopeOf(long platform) throws Exception {
        return json.writeValueAsString(new ScoringJobs.Scope(List.of(platform), List.of()));
    }

    private static boolean rescored(long vendorId) {
        try {
            return Database.column("SELECT scored_at > '2001-01-01' FROM vendor_risk_score WHERE vendor_id = ?", vendorId).equals("1");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sweepsLeft() throws SQLException {
        return Database.column("SELECT COUNT(*) FROM scoring_sweep");
    }

    @Test
    void aSweepScoresTheVendorsAnIncidentReachesAChunkAtATimeAndNoOthers() throws Exception {
        Portfolio p = portfolio(7);
        assertThat(jobs.enqueueSweeps("sweep check", scopeOf(p.platform()), p.platform() - 1, p.bystander(), 1_000))
                .isEqualTo(1);
        assertThat(jobRows.countFor(p.users())).isEqualTo(7);

        ScoringSweep sweep = jobs.claimSweep("test-a");
        assertThat(sweep.afterVendorId()).isEqualTo(p.platform() - 1);
        assertThat(sweep.lockedBy()).isEqualTo("test-a");
        List<Long> cursors = new ArrayList<>();
        RiskInputs.Context context = inputs.context();
        while (sweep != null) {
            sweep = worker.sweepChunk(sweep, "test-a", 3);
            if (sweep != null) {
                cursors.add(sweep.afterVendorId());
            }
        }

        // Eight vendors reached, in chunks of three: the platform and two users, three users, two users.
        assertThat(cursors).containsExactly(p.users().get(1), p.users().get(4));
        assertThat(p.reached()).allMatch(ScoringSweepsTest::rescored);
        assertThat(rescored(p.bystander())).isFalse();
        assertThat(sweepsLeft()).isEqualTo("0");
        assertThat(jobRows.countFor(p.reached())).isZero();
        assertThat(Database.column("SELECT reason FROM vendor_risk_score_history WHERE vendor_id = ? ORDER BY id DESC LIMIT 1",
                p.platform())).isNotNull();
    }

    @Test
    void twoWorkersSharingSweepsScoreEveryChunkOnceAndLeaveNoVendorBehind() throws Exception {
        Portfolio p = portfolio(18);
        long start = p.platform() - 1;
        long end = p.bystander();
        int queued = jobs.enqueueSweeps("shared sweep", scopeOf(p.platform()), start, end, 4);
        assertThat(queued).isEqualTo((int) ((end - start + 3) / 4));

        // Each worker records the ids (from, to] that every chunk it committed covered.
        List<long[]> covered = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        RiskInputs.Context context = inputs.context();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (String name : List.of("test-a", "test-b")) {
                running.add(pool.submit(() -> {
                    go.await();
                    ScoringSweep sweep;
                    while ((sweep = jobs.claimSweep(name)) != null) {
                        while (sweep != null) {
                            ScoringSweep next = worker.sweepChunk(sweep, name, 2);
                            covered.add(new long[] {sweep.afterVendorId(), next == null ? sweep.upToVendorId() : next.afterVendorId()});
                            sweep = next;
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : running) {
                f.get(90, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        // The chunks tile the range: each starts where another ended, so none overlaps and none is missing.
        // (A full last chunk leaves an empty one, (upTo, upTo], which completes its sweep.)
        List<long[]> tiles = new ArrayList<>(covered);
        tiles.sort(Comparator.<long[]>comparingLong(t -> t[0]).thenComparingLong(t -> t[1]));
        assertThat(tiles.get(0)[0]).isEqualTo(start);
        for (int i = 1; i < tiles.size(); i++) {
            assertThat(tiles.get(i)[0]).as("chunk %d starts where chunk %d ended", i, i - 1).isEqualTo(tiles.get(i - 1)[1]);
        }
        assertThat(tiles.get(tiles.size() - 1)[1]).isEqualTo(end);
        assertThat(p.reached()).allMatch(ScoringSweepsTest::rescored);
        assertThat(rescored(p.bystander())).isFalse();
        assertThat(sweepsLeft()).isEqualTo("0");
    }

    @Test
    void aSweepWhoseLeaseRanOutIsResumedWhereItsLastChunkCommittedAndTheOldHolderCommitsNothing() throws Exception {
        Portfolio p = portfolio(6);
        jobs.enqueueSweeps("resumed sweep", scopeOf(p.platform()), p.platform() - 1, p.bystander(), 1_000);
        RiskInputs.Context context = inputs.context();
        ScoringSweep held = worker.sweepChunk(jobs.claimSweep("test-a"), "test-a", 3);
        assertThat(held.afterVendorId()).isEqualTo(p.users().get(1));
        // test-a stalls past its lease; test-b takes the sweep over from the committed cursor.
        Database.update("UPDATE scoring_sweep SET locked_until = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?", held.id());
        ScoringSweep taken = jobs.claimSweep("test-b");
        assertThat(taken.id()).isEqualTo(held.id());
        assertThat(taken.afterVendorId()).isEqualTo(p.users().get(1));

        // The old holder scores its chunk (which changes nothing twice over) but cannot move the cursor.
        assertThat(worker.sweepChunk(held, "test-a", 3)).isNull();

        while (taken != null) {
            taken = worker.sweepChunk(taken, "test-b", 3);
        }
        assertThat(p.reached()).allMatch(ScoringSweepsTest::rescored);
        assertThat(sweepsLeft()).isEqualTo("0");
    }

    @Test
    void aBurstOfEditsToOneIncidentQueuesOnePassUntilThatPassHasStarted() throws Exception {
        Portfolio p = portfolio(1);
        String scope = scopeOf(p.platform());
        long start = p.platform() - 1;

        jobs.enqueueSweeps("edit 1", scope, start, p.bystander(), 1_000);
        jobs.enqueueSweeps("edit 2", scope, start, p.bystander(), 1_000);
        jobs.enqueueSweeps("edit 2", scope, start, p.bystander(), 1_000);
        jobs.enqueueSweeps("other incident", scopeOf(p.users().get(0)), start, p.bystander(), 1_000);
        assertThat(Database.rows("SELECT reason FROM scoring_sweep ORDER BY id")).extracting(r -> r.get("reason"))
                .containsExactly("edit 1; edit 2", "other incident");

        ScoringSweep started = jobs.claimSweep("test-a");
        jobs.enqueueSweeps("edit 3", scope, start, p.bystander(), 1_000);
        assertThat(Database.rows("SELECT reason FROM scoring_sweep WHERE id > ? ORDER BY id", started.id()))
                .extracting(r -> r.get("reason")).containsExactly("other incident", "edit 3");
    }

    @Test
    void aVendorLockedElsewhereIsQueuedAsItsOwnJobAndTheSweepMovesOn() throws Exception {
        Portfolio p = portfolio(3);
        long busy = p.users().get(1);
        jobs.enqueueSweeps("sweep past a busy vendor", scopeOf(p.platform()), p.platform() - 1, p.bystander(), 1_000);
        RiskInputs.Context context = inputs.context();
        try (Database.Held lock = Database.lock("SELECT id FROM vendor WHERE id = ? LOCK IN SHARE MODE", busy)) {
            assertThat(worker.sweepChunk(jobs.claimSweep("test-a"), "test-a", 10)).isNull();
        }

        assertThat(rescored(busy)).isFalse();
        assertThat(p.reached().stream().filter(id -> id != busy)).allMatch(ScoringSweepsTest::rescored);
        assertThat(Database.rows("SELECT vendor_id, reason, refresh_explanation FROM scoring_job WHERE vendor_id IN (?, ?, ?, ?)",
                p.platform(), p.users().get(0), busy, p.users().get(2)))
                .containsExactly(java.util.Map.of("vendor_id", busy, "reason", "sweep past a busy vendor", "refresh_explanation", false));
        await("the busy vendor's own job is scored once it is free", () -> {
            worker.runOnce("test-a", 10);
            return rescored(busy);
        });
        assertThat(jobRows.countFor(p.reached())).isZero();
    }

    @Test
    void aVendorThatFailsAloneIsHandedToTheJobsAndTheSweepMovesOn() throws Exception {
        Portfolio p = portfolio(4);
        jobs.enqueueSweeps("failing sweep", scopeOf(p.platform()), p.platform() - 1, p.bystander(), 1_000);
        // A category the model does not know makes the chunk's read fail.
        Database.update("UPDATE vendor SET category = 'NOT_A_CATEGORY' WHERE id = ?", p.users().get(0));
        ScoringSweep next;
        try {
            // The worker's chunk is three vendors here (tollgate.scoring.batch-size).
            next = worker.sweepChunk(jobs.claimSweep("test-a"), "test-a");
            assertThat(next).isNotNull();
            assertThat(next.afterVendorId()).isEqualTo(p.users().get(1));
            // The chunk is retried in halves: the platform and the other user are scored, the bad vendor is a job.
            assertThat(Database.column("SELECT COUNT(*) FROM scoring_job WHERE vendor_id IN (?, ?, ?) AND locked_by IS NULL",
                    p.platform(), p.users().get(0), p.users().get(1))).isEqualTo("1");
            assertThat(Database.column("SELECT vendor_id FROM scoring_job WHERE vendor_id IN (?, ?, ?)",
                    p.platform(), p.users().get(0), p.users().get(1))).isEqualTo(String.valueOf(p.users().get(0)));
            assertThat(rescored(p.platform())).isTrue();
        } finally {
            Database.update("UPDATE vendor SET category = 'LEGAL' WHERE id = ?", p.users().get(0));
        }
        // The handed-over vendors are scored as jobs; the sweep goes on from where it stands.
        RiskInputs.Context context = inputs.context();
        ScoringSweep rest = next;
        while (rest != null) {
            rest = worker.sweepChunk(rest, "test-a", 3);
        }
        await("the handed-over jobs are scored", () -> {
            worker.runOnce("test-a", 10);
            return jobRows.countFor(p.reached()) == 0;
        });
        assertThat(p.reached()).allMatch(ScoringSweepsTest::rescored);
        assertThat(sweepsLeft()).isEqualTo("0");
    }
}
