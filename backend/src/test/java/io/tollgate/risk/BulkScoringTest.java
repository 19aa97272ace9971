package io.tollgate.risk;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.Eventually.await;
import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

/** The chunked re-score and the re-score requests written in the changing transaction, against the real database. */
@MicronautTest(transactional = false)
class BulkScoringTest extends IntegrationTest {
    @Inject
    ScoringJobs jobs;
    @Inject
    ScoringJobRepository jobRows;
    @Inject
    ScoringRequestRepository requests;
    @Inject
    RiskInputs inputs;
    @Inject
    io.micronaut.json.JsonMapper json;
    @Inject
    TransactionOperations<Connection> transactions;

    private static final List<Map<String, Object>> HOLDINGS = List.of(
            Map.of("dataCategory", "NAME", "recordCount", 2_000_000, "accessType", "BULK_ACCESS"),
            Map.of("dataCategory", "EMAIL", "recordCount", 2_000_000, "accessType", "BULK_ACCESS"),
            Map.of("dataCategory", "DATE_OF_BIRTH", "recordCount", 300_000, "accessType", "BULK_ACCESS"));

    private void settled(Long... vendorIds) {
        await("scoring settles", () -> requests.countFor(List.of(vendorIds)) == 0 && jobRows.countFor(List.of(vendorIds)) == 0);
    }

    private static String stored(String column, long vendorId) {
        try {
            return Database.column("SELECT " + column + " FROM vendor_risk_score WHERE vendor_id = ?", vendorId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored explanation as the database itself uncompresses it. */
    private static String explanation(long vendorId) {
        try {
            return Database.column("SELECT CONVERT(UNCOMPRESS(explanation) USING utf8mb4) FROM vendor_risk_explanation WHERE vendor_id = ?", vendorId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long historyRows(long vendorId) throws SQLException {
        return Long.parseLong(Database.column("SELECT COUNT(*) FROM vendor_risk_score_history WHERE vendor_id = ?", vendorId));
    }

    private long scoredVendor(String name) {
        long id = vendor(name).create(analyst());
        analyst().put("/api/v1/vendors/" + id + "/data-holdings", HOLDINGS);
        settled(id);
        await("the vendor has a score", () -> stored("score", id) != null);
        return id;
    }

    @Test
    void aPortfolioRescoreKeepsTheExplanationAndHistoryOfVendorsWhoseFiguresStayAndRefreshesTheOthers() throws SQLException {
        long steady = scoredVendor("Steady");
        long moved = scoredVendor("Moved");
        long steadyHistory = historyRows(steady);
        long movedHistory = historyRows(moved);
        // Mark both stored explanations and Steady's score time (on MariaDB it is stored in whole seconds, and the
        // re-score can fall in the same second as the first score), and change Moved's data behind the
        // application's back (no trigger).
        Database.update("UPDATE vendor_risk_explanation SET explanation = COMPRESS('{\"marker\":true}') WHERE vendor_id IN (?, ?)", steady, moved);
        Database.update("UPDATE vendor_risk_score SET scored_at = '2000-01-01 00:00:00' WHERE vendor_id = ?", steady);
        Database.update("UPDATE data_holding SET record_count = 2000000 WHERE vendor_id = ? AND data_category = 'DATE_OF_BIRTH'", moved);
        try {
            jobs.enqueueAll("portfolio check");
            settled(steady, moved);

            assertThat(explanation(steady)).isEqualTo("{\"marker\":true}");
            assertThat(historyRows(steady)).isEqualTo(steadyHistory);
            assertThat(stored("scored_at", steady)).isNotEqualTo("2000-01-01 00:00:00");
            assertThat(explanation(moved)).contains("\"factors\"").doesNotContain("marker");
            assertThat(historyRows(moved)).isEqualTo(movedHistory + 1);
            assertThat(Database.column("SELECT reason FROM vendor_risk_score_history WHERE vendor_id = ? ORDER BY id DESC LIMIT 1", moved))
                    .isEqualTo("portfolio check");
        } finally {
            // Put the record count back: the change bypassed the services, so the dashboard's aggregates never saw
            // it, and later tests compare those aggregates with a recount of the whole table.
            Database.update("UPDATE data_holding SET record_count = 300000 WHERE vendor_id = ? AND data_category = 'DATE_OF_BIRTH'", moved);
        }
    }

    @Test
    void aChangeToTheVendorItselfRefreshesItsExplanationEvenWhenTheScoreStays() throws SQLException {
        long id = scoredVendor("Renamed");
        long history = historyRows(id);
        Database.update("UPDATE vendor_risk_explanation SET explanation = COMPRESS('{\"marker\":true}') WHERE vendor_id = ?", id);

        jobs.enqueue(id, "vendor details changed");
        settled(id);

        assertThat(explanation(id)).contains("\"factors\"").doesNotContain("marker");
        assertThat(historyRows(id)).isEqualTo(history);
    }

    private void override(long vendorId, String control, Map<String, Object> body) {
        var response = analyst().put("/api/v1/vendors/" + vendorId + "/controls/" + control, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @Test
    void aChunkThatMovesScoresLeavesTheDashboardCountingWhatIsStored() throws SQLException {
        long moved = scoredVendor("Dashboard moved");
        long steady = scoredVendor("Dashboard steady");
        long offboarded = scoredVendor("Dashboard offboarded");
        // Behind the application's back: a larger holding (the score moves) and a status the dashboard has not
        // seen (that vendor must take the per-vendor path, which recounts its status and due date too).
        Database.update("UPDATE data_holding SET record_count = 30000000 WHERE vendor_id IN (?, ?) AND data_category = 'NAME'",
                moved, offboarded);
        String status = Database.column("SELECT status FROM vendor WHERE id = ?", offboarded);
        Database.update("UPDATE vendor SET status = 'OFFBOARDED' WHERE id = ?", offboarded);
        try {
            jobs.enqueueAll("dashboard check");
            settled(moved, steady, offboarded);

            for (long id : List.of(moved, steady, offboarded)) {
                assertThat(Database.rows("""
                        SELECT d.tier, d.status, d.grade, CAST(d.impact_band AS SIGNED) AS impact_band,
                               CAST(d.likelihood_band AS SIGNED) AS likelihood_band, d.score
                          FROM dashboard_vendor d WHERE d.vendor_id = ?""", id)).as("vendor %d as counted", id)
                        .isEqualTo(Database.rows("""
                        SELECT v.tier, v.status, s.grade, CAST(LEAST(5, FLOOR(s.impact / 20) + 1) AS SIGNED) AS impact_band,
                               CAST(LEAST(5, FLOOR(s.likelihood * 5) + 1) AS SIGNED) AS likelihood_band, s.score
                          FROM vendor v JOIN vendor_risk_score s ON s.vendor_id = v.id WHERE v.id = ?""", id));
            }
            assertThat(Database.column("SELECT reassessment_due FROM dashboard_vendor WHERE vendor_id = ?", offboarded)).isNull();
            assertThat(Database.rows("""
                    SELECT tier, grade, CAST(impact_band AS SIGNED) AS impact_band,
                           CAST(likelihood_band AS SIGNED) AS likelihood_band, vendor_count, score_sum FROM dashboard_risk_cell
                     WHERE vendor_count <> 0 ORDER BY tier, grade, impact_band, likelihood_band""")).isEqualTo(Database.rows("""
                    SELECT tier, grade, CAST(impact_band AS SIGNED) AS impact_band,
                           CAST(likelihood_band AS SIGNED) AS likelihood_band, COUNT(*) AS vendor_count,
                           CAST(COALESCE(SUM(score), 0) AS DECIMAL(16,1)) AS score_sum
                      FROM dashboard_vendor GROUP BY tier, grade, impact_band, likelihood_band
                     ORDER BY tier, grade, impact_band, likelihood_band"""));
        } finally {
            // Later tests compare the category totals with a recount of the holdings: put both back and re-score.
            Database.update("UPDATE data_holding SET record_count = 2000000 WHERE vendor_id IN (?, ?) AND data_category = 'NAME'",
                    moved, offboarded);
            Database.update("UPDATE vendor SET status = ? WHERE id = ?", status, offboarded);
            jobs.enqueueAll("dashboard check undone");
            settled(moved, steady, offboarded);
        }
    }

    @Test
    void aRescoreRequestCommitsWithTheChangeThatAsksForIt() throws SQLException {
        long kept = vendor("Committed").create(analyst());
        long rolledBack = vendor("RolledBack").create(analyst());
        settled(kept, rolledBack);
        String committed = TestUsers.unique("committed change");
        String undone = TestUsers.unique("undone change");

        transactions.executeWrite(status -> {
            jobs.request(kept, committed);
            return null;
        });
        transactions.executeWrite(status -> {
            jobs.request(rolledBack, undone);
            status.setRollbackOnly();
            return null;
        });

        assertThat(Database.column("SELECT COUNT(*) FROM scoring_request WHERE reason = ?", undone)).isEqualTo("0");
        await("the committed request is drained and scored", () -> {
            try {
                return Database.column("SELECT COUNT(*) FROM scoring_request WHERE reason = ?", committed).equals("0")
                        && jobRows.countFor(List.of(kept)) == 0;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(Database.column("SELECT COUNT(*) FROM scoring_request WHERE reason = ?", undone)).isEqualTo("0");
    }

    @Test
    void aVendorLockedByAnotherTransactionIsSkippedAndScoredOnceItIsFree() throws Exception {
        long id = scoredVendor("Busy");
        String scoredAt = stored("scored_at", id);
        // A shared lock, as a user's transaction takes when it links another vendor to this one as its platform.
        try (Database.Held lock = Database.lock("SELECT id FROM vendor WHERE id = ? LOCK IN SHARE MODE", id)) {
            jobs.enqueue(id, "while busy");
            Thread.sleep(2_500);
            assertThat(jobRows.countFor(List.of(id))).isEqualTo(1);
            assertThat(stored("scored_at", id)).isEqualTo(scoredAt);
        }
        settled(id);
        assertThat(stored("scored_at", id)).isNotEqualTo(scoredAt);
    }
}
