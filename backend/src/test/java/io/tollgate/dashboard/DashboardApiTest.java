package io.tollgate.dashboard;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.tollgate.testsupport.Eventually.await;
import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DashboardApiTest extends IntegrationTest {
    @Inject
    DashboardDailyJob dailyJob;

    private static Map<String, Object> holding(String category, long records) {
        return Map.of("dataCategory", category, "recordCount", records, "accessType", "BULK_ACCESS");
    }

    /** Waits until no re-score is queued anywhere, so the aggregates stop moving. */
    private static void scoringSettled() {
        await("every queued score is done", () -> {
            try {
                // Requests are drained into jobs and sweeps by the workers: all three tables must be empty.
                return "0".equals(Database.column(
                        "SELECT (SELECT COUNT(*) FROM scoring_request) + (SELECT COUNT(*) FROM scoring_job) + (SELECT COUNT(*) FROM scoring_sweep)"));
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        });
    }

    private Map<String, Object> summary() {
        Response response = viewer().get("/api/v1/dashboard/summary");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.map();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
        return (List<Map<String, Object>>) body.get(key);
    }

    @Test
    void theSummaryAgreesWithARecountOfVendorsScoresAndHoldings() throws SQLException {
        long a = vendor("Agg A").with("tier", "CRITICAL").create(analyst());
        long b = vendor("Agg B").with("tier", "LOW").create(analyst());
        long c = vendor("Agg C").create(analyst());
        analyst().put("/api/v1/vendors/" + a + "/data-holdings", List.of(holding("NAME", 900_000), holding("HEALTH", 40_000)));
        analyst().put("/api/v1/vendors/" + b + "/data-holdings", List.of(holding("NAME", 1_000)));
        analyst().put("/api/v1/vendors/" + c + "/data-holdings", List.of(holding("PAYMENT_CARD", 77_000)));
        // Change one list and delete one vendor: both must be taken back out of the totals.
        analyst().put("/api/v1/vendors/" + b + "/data-holdings", List.of(holding("EMAIL", 2_000)));
        assertThat(admin().delete("/api/v1/vendors/" + c).status()).isEqualTo(204);
        scoringSettled();

        Map<String, Object> summary = summary();

        assertThat(number(summary.get("vendorCount"))).isEqualTo(Long.parseLong(Database.column("SELECT COUNT(*) FROM vendor")));
        assertThat(number(summary.get("scoredCount")))
                .isEqualTo(Long.parseLong(Database.column("SELECT COUNT(*) FROM vendor_risk_score")));
        Map<String, Long> categories = list(summary, "recordsByCategory").stream()
                .collect(Collectors.toMap(r -> (String) r.get("dataCategory"), r -> number(r.get("totalRecords"))));
        Map<String, Long> recount = new HashMap<>();
        for (Map<String, Object> row : Database.rows(
                "SELECT data_category AS c, SUM(record_count) AS n FROM data_holding GROUP BY data_category")) {
            recount.put((String) row.get("c"), ((Number) row.get("n")).longValue());
        }
        assertThat(categories).isEqualTo(recount);

        Map<String, Long> tierGrade = new HashMap<>();
        for (Map<String, Object> tier : list(summary, "tiers")) {
            for (Map<String, Object> grade : list(tier, "grades")) {
                tierGrade.put(tier.get("tier") + "/" + grade.getOrDefault("grade", "-"), number(grade.get("count")));
            }
        }
        Map<String, Long> tierGradeRecount = new HashMap<>();
        for (Map<String, Object> row : Database.rows("""
                SELECT v.tier AS t, COALESCE(s.grade, '-') AS g, COUNT(*) AS n FROM vendor v
                  LEFT JOIN vendor_risk_score s ON s.vendor_id = v.id GROUP BY v.tier, COALESCE(s.grade, '-')""")) {
            tierGradeRecount.put(row.get("t") + "/" + row.get("g"), ((Number) row.get("n")).longValue());
        }
        assertThat(tierGrade).isEqualTo(tierGradeRecount);

        long heatTotal = list(summary, "heatmap").stream().mapToLong(h -> number(h.get("vendorCount"))).sum();
        assertThat(heatTotal).isEqualTo(number(summary.get("scoredCount")));
        BigDecimal average = new BigDecimal(Database.column("SELECT ROUND(AVG(score), 1) FROM vendor_risk_score"));
        assertThat(((Number) summary.get("averageScore")).doubleValue()).isEqualTo(average.doubleValue());
    }

    @Test
    void theRiskiestAreTheLowestScoresEachWithTheControlThatWouldHelpMost() throws SQLException {
        long exposed = vendor("Riskiest").with("tier", "CRITICAL").create(analyst());
        analyst().put("/api/v1/vendors/" + exposed + "/data-holdings", List.of(holding("NAME", 5_000_000),
                holding("PASSPORT", 5_000_000), holding("PAYMENT_CARD", 5_000_000), holding("HEALTH", 5_000_000)));
        scoringSettled();

        List<Map<String, Object>> riskiest = list(summary(), "riskiest");

        assertThat(riskiest).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        List<Double> scores = riskiest.stream().map(r -> ((Number) r.get("score")).doubleValue()).toList();
        assertThat(scores).isSorted();
        double lowestOutside = Double.parseDouble(Database.column(
                "SELECT COALESCE(MIN(score), 100) FROM vendor_risk_score WHERE score > ?", scores.get(scores.size() - 1)));
        assertThat(lowestOutside).isGreaterThanOrEqualTo(scores.get(scores.size() - 1));
        assertThat(scores.get(0)).isEqualTo(Double.parseDouble(Database.column("SELECT MIN(score) FROM vendor_risk_score")));
        for (Map<String, Object> r : riskiest) {
            @SuppressWarnings("unchecked")
            Map<String, Object> best = (Map<String, Object>) r.get("bestControl");
            if (best != null) {
                assertThat(((Number) best.get("scoreIfMet")).doubleValue()).isGreaterThanOrEqualTo(((Number) r.get("score")).doubleValue());
                assertThat((String) best.get("controlName")).isNotBlank();
            }
        }
        double exposedScore = ((Number) viewer().get("/api/v1/vendors/" + exposed + "/risk").map().get("score")).doubleValue();
        if (exposedScore <= scores.get(scores.size() - 1)) {
            assertThat(riskiest).anyMatch(r -> number(r.get("vendorId")) == exposed && r.get("bestControl") != null);
        }
    }

    @Test
    void aNewVendorIsDueAtOnceAVendorRegisteredLongAgoIsOverdueAndProspectsAreNotDue() throws SQLException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long fresh = vendor("Due now").create(analyst());
        long old = vendor("Long overdue").with("tier", "CRITICAL").create(analyst());
        long prospect = vendor("Prospect").with("status", "PROSPECT").create(analyst());
        Database.update("UPDATE vendor SET created_at = ? WHERE id = ?", today.minusYears(3).atStartOfDay(), old);
        // Any change re-reads the vendor into the aggregates.
        Map<String, Object> current = viewer().get("/api/v1/vendors/" + old).map();
        Map<String, Object> update = new HashMap<>(vendor("Long overdue").with("tier", "CRITICAL").build());
        update.put("version", current.get("version"));
        assertThat(analyst().put("/api/v1/vendors/" + old, update).status()).isEqualTo(200);

        Map<String, Object> freshDue = viewer().get("/api/v1/vendors/" + fresh + "/reassessment").map();
        assertThat(freshDue).containsEntry("state", "DUE_SOON").containsEntry("dueOn", today.toString())
                .doesNotContainKey("lastAssessedOn");
        assertThat(viewer().get("/api/v1/vendors/" + old + "/reassessment").map())
                .containsEntry("state", "OVERDUE").containsEntry("cadenceMonths", 6)
                .containsEntry("dueOn", today.minusYears(3).toString());
        assertThat(viewer().get("/api/v1/vendors/" + prospect + "/reassessment").map())
                .containsEntry("state", "NOT_REQUIRED").doesNotContainKey("dueOn");

        Response overdue = viewer().get("/api/v1/reassessments?due=OVERDUE&size=200");
        assertThat(overdue.status()).as(overdue.toString()).isEqualTo(200);
        assertThat(list(overdue.map(), "items")).anyMatch(r -> number(r.get("vendorId")) == old)
                .noneMatch(r -> number(r.get("vendorId")) == fresh).allMatch(r -> "OVERDUE".equals(r.get("state")));
        Map<String, Object> summary = summary();
        @SuppressWarnings("unchecked")
        Map<String, Object> reassessments = (Map<String, Object>) summary.get("reassessments");
        assertThat(number(reassessments.get("overdue"))).isEqualTo(Long.parseLong(
                Database.column("SELECT COUNT(*) FROM dashboard_vendor WHERE reassessment_due < ?", today)));
        assertThat(number(reassessments.get("overdue"))).isPositive();
        assertThat(number(reassessments.get("dueSoon"))).isPositive();

        dailyJob.recordToday();
        assertThat(Database.column("SELECT COUNT(*) FROM reassessment_reminder WHERE vendor_id = ? AND kind = 'OVERDUE'", old))
                .isEqualTo("1");
        assertThat(Database.column("SELECT COUNT(*) FROM reassessment_reminder WHERE vendor_id = ? AND kind = 'DUE_SOON'", fresh))
                .isEqualTo("1");
        dailyJob.recordToday();
        assertThat(Database.column("SELECT COUNT(*) FROM reassessment_reminder WHERE vendor_id = ?", old)).isEqualTo("1");
        assertThat(Database.column("SELECT COUNT(*) FROM reassessment_reminder WHERE vendor_id = ?", prospect)).isEqualTo("0");
    }

    @Test
    void onlyAdministratorsChangeACadenceWithTheVersionTheyReadAndDueDatesMoveWithIt() throws SQLException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long low = vendor("Low tier").with("tier", "LOW").create(analyst());
        scoringSettled(); // a later re-score re-reads the dates from the assessments, so set them after it
        // As if assessed 20 months ago; the due-date counters move with the row, as the application moves them.
        LocalDate due = today.minusMonths(20).plusMonths(24);
        Database.update("""
                UPDATE dashboard_due_day SET vendor_count = vendor_count - 1
                 WHERE due_on = (SELECT reassessment_due FROM dashboard_vendor WHERE vendor_id = ?)""", low);
        Database.update("INSERT INTO dashboard_due_day (due_on, vendor_count) VALUES (?, 1) "
                + "ON DUPLICATE KEY UPDATE vendor_count = vendor_count + 1", due);
        Database.update("UPDATE dashboard_vendor SET last_assessed_on = ?, reassessment_due = ? WHERE vendor_id = ?",
                today.minusMonths(20), due, low);
        assertDueCountsMatchTheVendors(today);
        Map<String, Object> cadence = viewer().get("/api/v1/reassessment-cadences").map();
        @SuppressWarnings("unchecked")
        Map<String, Object> lowCadence = ((List<Map<String, Object>>) cadence.get("items")).stream()
                .filter(c -> "LOW".equals(c.get("tier"))).findFirst().orElseThrow();
        long version = number(lowCadence.get("version"));

        assertThat(analyst().put("/api/v1/reassessment-cadences/LOW", Map.of("months", 12, "version", version)).status())
                .isEqualTo(403);
        assertThat(admin().put("/api/v1/reassessment-cadences/LOW", Map.of("months", 0, "version", version)).status())
                .isEqualTo(422);
        assertThat(admin().put("/api/v1/reassessment-cadences/LOW", Map.of("months", 12, "version", version + 7)).status())
                .isEqualTo(409);
        Response changed = admin().put("/api/v1/reassessment-cadences/LOW", Map.of("months", 12, "version", version));
        try {
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(changed.map()).containsEntry("months", 12).containsEntry("version", (int) version + 1);
            assertThat(viewer().get("/api/v1/vendors/" + low + "/reassessment").map())
                    .containsEntry("dueOn", today.minusMonths(20).plusMonths(12).toString()).containsEntry("state", "OVERDUE");
            assertDueCountsMatchTheVendors(today);
        } finally {
            Map<String, Object> now = viewer().get("/api/v1/reassessment-cadences").map();
            @SuppressWarnings("unchecked")
            long current = ((List<Map<String, Object>>) now.get("items")).stream().filter(c -> "LOW".equals(c.get("tier")))
                    .mapToLong(c -> number(c.get("version"))).findFirst().orElseThrow();
            admin().put("/api/v1/reassessment-cadences/LOW", Map.of("months", 24, "version", current));
        }
    }

    /** The summary's overdue and due-soon figures come from counters; they must equal a count of the vendors. */
    @SuppressWarnings("unchecked")
    private void assertDueCountsMatchTheVendors(LocalDate today) throws SQLException {
        Map<String, Object> reassessments = (Map<String, Object>) summary().get("reassessments");
        assertThat(number(reassessments.get("overdue"))).isEqualTo(Long.parseLong(
                Database.column("SELECT COUNT(*) FROM dashboard_vendor WHERE reassessment_due < ?", today)));
        assertThat(number(reassessments.get("dueSoon"))).isEqualTo(Long.parseLong(Database.column(
                "SELECT COUNT(*) FROM dashboard_vendor WHERE reassessment_due >= ? AND reassessment_due < ?",
                today, today.plusDays(number(reassessments.get("dueSoonDays"))))));
    }

    @Test
    void theTrendEndsWithTodayAsTheSummaryShowsIt() {
        vendor("Trend").create(analyst());
        scoringSettled();
        dailyJob.recordToday();

        Response trend = viewer().get("/api/v1/dashboard/trend?days=30");

        assertThat(trend.status()).as(trend.toString()).isEqualTo(200);
        List<Map<String, Object>> points = list(trend.map(), "points");
        Map<String, Object> today = points.get(points.size() - 1);
        assertThat(today).containsEntry("day", LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(number(today.get("vendorCount"))).isEqualTo(number(summary().get("vendorCount")));
        assertThat(viewer().get("/api/v1/dashboard/trend?days=0").status()).isEqualTo(400);
        assertThat(anonymous.get("/api/v1/dashboard/summary").status()).isEqualTo(401);
    }

    @Test
    void meetingTheCostliestMissingControlRaisesTheWhatIfScoreAndStoresNothing() {
        long id = vendor("What if").create(analyst());
        analyst().put("/api/v1/vendors/" + id + "/data-holdings", List.of(holding("NAME", 2_000_000), holding("EMAIL", 2_000_000)));
        Map<String, Object> risk = viewer().get("/api/v1/vendors/" + id + "/risk").map();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> costs = (List<Map<String, Object>>) ((Map<String, Object>) risk.get("explanation")).get("controlCosts");
        String costliest = (String) costs.get(0).get("controlCode");

        Response whatIf = viewer().post("/api/v1/vendors/" + id + "/risk/what-if", Map.of("controlCodes", List.of(costliest)));

        assertThat(whatIf.status()).as(whatIf.toString()).isEqualTo(200);
        assertThat(((Number) whatIf.map().get("score")).doubleValue()).isGreaterThan(((Number) risk.get("score")).doubleValue());
        assertThat(viewer().get("/api/v1/vendors/" + id + "/risk").map().get("score")).isEqualTo(risk.get("score"));
        Response none = viewer().post("/api/v1/vendors/" + id + "/risk/what-if", Map.of("controlCodes", List.of()));
        assertThat(((Number) none.map().get("score")).doubleValue()).isEqualTo(((Number) risk.get("score")).doubleValue());
        assertThat(viewer().post("/api/v1/vendors/" + id + "/risk/what-if", Map.of("controlCodes", List.of("DROP TABLE")))
                .status()).isEqualTo(422);
        assertThat(viewer().post("/api/v1/vendors/987654321/risk/what-if", Map.of("controlCodes", List.of("C01")))
                .status()).isEqualTo(404);
    }

    @Test
    void theRegisterExportsFilteredVendorsWithScoresAndDefusesFormulas() {
        String marker = "Csvx" + System.nanoTime();
        long plain = vendor(marker + " Plain").create(analyst());
        analyst().post("/api/v1/vendors", vendor("=HYPERLINK(\"x\") " + marker).build());
        viewer().get("/api/v1/vendors/" + plain + "/risk");
        vendor("Not listed").create(analyst());

        Response csv = viewer().get("/api/v1/vendor-register.csv?q=" + marker + "&sort=name");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("id,name,website,category,tier,status").contains("score,grade");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(",\"'=HYPERLINK(\"\"x\"\") " + marker);
        assertThat(lines.get(2)).startsWith(plain + "," + marker + " Plain");
        String[] cells = lines.get(2).split(",");
        assertThat(cells[10]).matches("\\d+(\\.\\d)?");
        assertThat(cells[11]).matches("[ABCDF]");
        assertThat(viewer().get("/api/v1/vendor-register.csv?tier=NOPE").status()).isEqualTo(400);
    }
}
