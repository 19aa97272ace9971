package io.tollgate.dashboard;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hourly job reads the counters that every score and holding change writes, while vendors change their holdings
 * side by side. Under REPEATABLE READ this deadlocked twice over: the job's INSERT ... SELECT share-locked the
 * counters, and two vendors' holdings replacements gap-locked each other's rows. Neither may fail a request or a job.
 */
@MicronautTest(transactional = false)
class DashboardDailyJobConcurrencyTest extends IntegrationTest {
    @Inject
    DashboardDailyJob dailyJob;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void connectionsRunAtReadCommittedSoStatementsLockRowsNotGaps() {
        int isolation = transactions.executeRead(status -> status.getConnection().getTransactionIsolation());
        assertThat(isolation).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }

    @Test
    void theDailyJobRunsBesideHoldingChangesAndReScoresWithoutFailing() throws Exception {
        List<Long> vendors = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            vendors.add(vendor("Busy vendor " + i).with("tier", i % 2 == 0 ? "CRITICAL" : "LOW").create(analyst()));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int offset = w;
                writers.add(pool.submit(() -> {
                    int changes = 0;
                    while (writing.get()) {
                        long vendorId = vendors.get((changes * 2 + offset) % vendors.size());
                        int status = analyst().put("/api/v1/vendors/" + vendorId + "/data-holdings", List.of(
                                Map.of("dataCategory", changes % 2 == 0 ? "EMAIL" : "PASSPORT",
                                        "recordCount", 1_000 + changes, "accessType", "BULK_ACCESS"))).status();
                        assertThat(status).isEqualTo(200);
                        changes++;
                    }
                    return changes;
                }));
            }
            int runs = 0;
            try {
                for (; runs < 60; runs++) {
                    dailyJob.recordToday();
                }
            } finally {
                writing.set(false);
            }
            int changes = 0;
            for (Future<Integer> writer : writers) {
                changes += writer.get();
            }
            assertThat(runs).isEqualTo(60);
            assertThat(changes).as("holding changes made while the job ran").isPositive();
        } finally {
            pool.shutdownNow();
        }
    }
}
