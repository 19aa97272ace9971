package io.tollgate.common;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.tollgate.testsupport.ApiClient;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.TcpProxy;
import io.tollgate.testsupport.VendorBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away in the middle of a write load and comes back: the application's connections run through a
 * {@link TcpProxy} that drops every connection and refuses new ones for a few seconds, as when the database process
 * is killed and restarted. Every request must succeed or get a 503 problem with Retry-After within five seconds, the
 * application must serve again without a restart, and every write it acknowledged must be in the database.
 * ({@code security/db-kill.sh} does the same with a real kill -9 of MariaDB against the packaged jar.)
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseFaultTest extends IntegrationTest implements TestPropertyProvider {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFaultTest.class);
    private static final Pattern URL = Pattern.compile("^jdbc:mysql://([^/:]+)(?::(\\d+))?/(.*)$");
    private static final int WRITERS = 6;
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final Duration OUTAGE = Duration.ofSeconds(4);

    private TcpProxy proxy;

    /** The datasource (and Flyway) of this test's application connect through the proxy; the checks below do not. */
    @Override
    public Map<String, String> getProperties() {
        Matcher url = URL.matcher(System.getProperty("datasources.default.url"));
        if (!url.matches()) {
            throw new IllegalStateException("Unexpected test database URL " + System.getProperty("datasources.default.url"));
        }
        proxy = TcpProxy.start(url.group(1), url.group(2) == null ? 3306 : Integer.parseInt(url.group(2)));
        return Map.of("datasources.default.url", "jdbc:mysql://127.0.0.1:" + proxy.port() + "/" + url.group(3));
    }

    @AfterAll
    void stopProxy() {
        proxy.close();
    }

    /**
     * Re-scores that failed during the outage wait out their retry back-off (30 s and more) and jobs leased by a
     * worker cut off mid-chunk wait out their lease (2 min); this test's context then stops its worker. Both are
     * right for production, but later test classes that wait for an empty queue would wait them out too: make them
     * due now and let this context's worker finish them, so the queue this test leaves behind is empty.
     */
    @AfterEach
    void leaveAnEmptyScoringQueue() throws Exception {
        Database.update("UPDATE scoring_job SET not_before = UTC_TIMESTAMP(6), locked_by = NULL, locked_until = NULL");
        Database.update("UPDATE scoring_sweep SET not_before = UTC_TIMESTAMP(6), locked_by = NULL, locked_until = NULL");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!"0".equals(Database.column("SELECT (SELECT COUNT(*) FROM scoring_job) + (SELECT COUNT(*) FROM scoring_request) + (SELECT COUNT(*) FROM scoring_sweep)"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the re-scores queued around the outage did not finish within 60 s");
            }
            Thread.sleep(200);
        }
    }

    enum Phase { BEFORE, OUTAGE, AFTER }

    record Outcome(Phase phase, String name, Response response, Instant started, Duration took) {
    }

    @Test
    void writesDuringADatabaseOutageSucceedOrGet503FastAndEveryAcknowledgedWriteSurvives() throws Exception {
        ApiClient analyst = analyst();
        AtomicReference<Phase> phase = new AtomicReference<>(Phase.BEFORE);
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            running.add(writers.submit(() -> {
                while (!Thread.currentThread().isInterrupted() && phase.get() != null) {
                    Phase now = phase.get();
                    if (now == null) {
                        return;
                    }
                    Map<String, Object> body = VendorBuilder.vendor("Fault").build();
                    Instant started = Instant.now();
                    long start = System.nanoTime();
                    try {
                        Response r = analyst.post("/api/v1/vendors", body);
                        outcomes.add(new Outcome(now, (String) body.get("name"), r, started, Duration.ofNanos(System.nanoTime() - start)));
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }
            }));
        }

        Thread.sleep(2000);
        phase.set(Phase.OUTAGE);
        LOG.info("Database fault: connections cut");
        proxy.cut();
        Thread.sleep(OUTAGE.toMillis());
        proxy.restore();
        LOG.info("Database fault: connections restored");
        phase.set(Phase.AFTER);
        // Wait until the application has recovered and acknowledged writes again, at most 20 s.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline && countAcknowledged(outcomes, Phase.AFTER) < 2 * WRITERS) {
            Thread.sleep(200);
        }
        Thread.sleep(1000);
        phase.set(null);
        for (Future<?> f : running) {
            f.get(30, TimeUnit.SECONDS);
        }
        writers.shutdown();

        List<Outcome> all = new ArrayList<>(outcomes);
        List<Outcome> acknowledged = all.stream().filter(o -> o.response().status() == 201).toList();
        List<Outcome> refused = all.stream().filter(o -> o.response().status() != 201).toList();
        long lateAndPresent = 0;
        for (Outcome o : refused) {
            lateAndPresent += Database.column("SELECT COUNT(*) FROM vendor WHERE name = ?", o.name()).equals("1") ? 1 : 0;
        }
        LOG.info("Database fault: {} requests, {} acknowledged ({} before, {} during, {} after the outage), {} refused "
                        + "(of which {} were written anyway), slowest {} ms", all.size(), acknowledged.size(),
                countAcknowledged(all, Phase.BEFORE), countAcknowledged(all, Phase.OUTAGE), countAcknowledged(all, Phase.AFTER),
                refused.size(), lateAndPresent, all.stream().mapToLong(o -> o.took().toMillis()).max().orElse(0));

        assertThat(failures).as("requests that failed in the client (timeouts, contract violations)").isEmpty();
        // Only the offending requests, so that a failure names them instead of listing every request made.
        assertThat(all.stream().filter(o -> o.took().compareTo(LIMIT) >= 0).toList())
                .as("requests answered after 5 s or more").isEmpty();
        assertThat(all.stream().filter(o -> o.response().status() != 201 && o.response().status() != 503).toList())
                .as("requests answered with neither 201 nor 503").isEmpty();
        assertThat(all.stream().filter(o -> o.response().status() == 503).toList()).allSatisfy(o -> {
            assertThat(o.response().header("Content-Type")).startsWith("application/problem+json");
            assertThat(o.response().header("Retry-After")).isNotBlank();
            assertThat(o.response().body()).doesNotContain("Exception").doesNotContain("HikariPool");
        });
        // The outage was real (requests were refused) and the application came back without a restart.
        assertThat(refused).as("requests refused while the database was away").isNotEmpty();
        assertThat(countAcknowledged(all, Phase.BEFORE)).isPositive();
        assertThat(countAcknowledged(all, Phase.AFTER)).as("writes acknowledged after the database came back")
                .isGreaterThanOrEqualTo(2 * WRITERS);
        assertThat(analyst.get("/api/v1/vendors?q=Fault&size=1").status()).isEqualTo(200);

        // Every acknowledged write is in the database, as acknowledged (read directly, not through the proxy).
        for (Outcome o : acknowledged) {
            long id = ((Number) o.response().map().get("id")).longValue();
            assertThat(Database.column("SELECT name FROM vendor WHERE id = ?", id)).as("acknowledged vendor %d", id)
                    .isEqualTo(o.name());
        }
    }

    private static long countAcknowledged(java.util.Collection<Outcome> outcomes, Phase phase) {
        return outcomes.stream().filter(o -> o.phase() == phase && o.response().status() == 201).count();
    }
}
