package io.tollgate.risk;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.tollgate.security.PasswordHasher;
import io.tollgate.security.Role;
import io.tollgate.security.UserRepository;
import io.tollgate.testsupport.ApiClient;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IncidentBodies;
import io.tollgate.testsupport.TestUsers;
import jakarta.inject.Singleton;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The invariant the score rests on: after any sequence of changes made through the API (holdings, answers and
 * reviews, overrides, incident edits, platform links, aliases) and of days passing (with the daily sweep), once the
 * scoring queue is drained every vendor's stored score equals a fresh computation of the model at the same moment,
 * and every incident's impact view agrees with the stored scores. The clock is one the test moves, so the stored and
 * the fresh computation read the same time (seconds apart, which moves no score by a tenth). Each try is a new small portfolio: two platforms, four vendors, two
 * incidents.
 */
class StoredScoresStayFreshProperties {

    static final String ENVIRONMENT = "moving-clock";
    private static ApplicationContext context;
    private static ApiClient analyst;
    private static long templateId;

    /**
     * The clock of the whole application in this test: real time plus the days the test has moved it on. It keeps
     * ticking, because the scoring queue waits in real seconds (a vendor someone holds is retried a second later).
     */
    static final class MovableClock extends Clock {
        private volatile Duration ahead = Duration.ZERO;

        void advance(Duration by) {
            ahead = ahead.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }

    @Factory
    @Requires(env = ENVIRONMENT)
    static class MovableClockFactory {
        @Singleton
        @Replaces(Clock.class)
        MovableClock clock() {
            return new MovableClock();
        }
    }

    @BeforeContainer
    static void start() {
        context = ApplicationContext.run(Map.of("micronaut.server.port", -1), "test", ENVIRONMENT);
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
        ApiClient anonymous = new ApiClient(server.getURI(), context.getBean(JsonMapper.class));
        UserRepository users = context.getBean(UserRepository.class);
        PasswordHasher hasher = context.getBean(PasswordHasher.class);
        analyst = anonymous.as(TestUsers.tokenFor(Role.ANALYST, users, hasher, anonymous));
        templateId = io.tollgate.testsupport.TemplateBuilder.template()
                .add(io.tollgate.testsupport.TemplateBuilder.question("prmfa", "YES_NO_PARTIAL_NA",
                        "Is MFA phishing-resistant?", true, Map.of("controls", List.of(Map.of("controlCode", "C02", "rules",
                                List.of(Map.of("answers", List.of("YES"), "status", "MET"),
                                        Map.of("answers", List.of("NO"), "status", "NOT_MET")))))))
                .create(analyst);
    }

    @AfterContainer
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    // ---- the property ----------------------------------------------------------------------------------------

    @Property(tries = 12, shrinking = ShrinkingMode.OFF)
    void storedScoresEqualAFreshComputationAfterAnySequenceOfChanges(@ForAll("changes") List<Change> changes) throws Exception {
        Portfolio p = Portfolio.create();
        for (Change change : changes) {
            change.apply(p);
        }
        settle();
        for (long vendorId : p.all()) {
            Map<String, Object> stored = analyst.get("/api/v1/vendors/" + vendorId + "/risk").map();
            Response fresh = analyst.post("/api/v1/vendors/" + vendorId + "/risk/what-if", Map.of("controlCodes", List.of()));
            assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
            assertThat(number(stored, "score")).as("stored score of vendor %d after %s", vendorId, changes)
                    .isCloseTo(number(fresh.map(), "score"), within(0.1));
        }
        for (long incidentId : p.incidents) {
            Map<String, Object> impact = analyst.get("/api/v1/incidents/" + incidentId + "/impact").map();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> exposed = (List<Map<String, Object>>) impact.get("vendors");
            for (Map<String, Object> v : exposed) {
                long vendorId = ((Number) v.get("vendorId")).longValue();
                Map<String, Object> stored = analyst.get("/api/v1/vendors/" + vendorId + "/risk").map();
                assertThat(number(v, "score")).as("impact view of incident %d for vendor %d after %s", incidentId, vendorId,
                        changes).isCloseTo(number(stored, "score"), within(0.1));
            }
        }
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    /** Waits until no re-score is requested, queued or running. */
    private static void settle() {
        ScoringWorker worker = context.getBean(ScoringWorker.class);
        await("the scoring queue drains", () -> {
            try {
                return "0".equals(Database.column("SELECT (SELECT COUNT(*) FROM scoring_request) + (SELECT COUNT(*) FROM scoring_job)"
                        + " + (SELECT COUNT(*) FROM scoring_sweep)")) && !worker.busy();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    // ---- the portfolio and the changes -------------------------------------------------------------------------

    /** Two platforms, four vendors (two on each platform, the last on both), two incidents on the first platform. */
    record Portfolio(List<Long> platforms, List<Long> vendors, List<Long> incidents, String unlinkedName) {
        static Portfolio create() {
            String marker = TestUsers.unique("P");
            List<Long> platforms = List.of(vendor(marker + " CRM", "CRM", List.of()), vendor(marker + " Chat", "COMMUNICATIONS", List.of()));
            List<Long> vendors = new ArrayList<>();
            vendors.add(vendor(marker + " Contact", "CONTACT_CENTRE", List.of(platforms.get(0))));
            vendors.add(vendor(marker + " Desk", "SUPPORT_DESK", List.of(platforms.get(0))));
            vendors.add(vendor(marker + " Payroll", "PAYROLL", List.of(platforms.get(1))));
            vendors.add(vendor(marker + " Mixed", "MARKETING", List.of(platforms.get(0), platforms.get(1))));
            String unlinked = marker + " Gadget";
            List<Long> incidents = List.of(incident(marker + " vishing", platforms.get(0), unlinked),
                    incident(marker + " tokens", platforms.get(0), unlinked));
            return new Portfolio(platforms, vendors, incidents, unlinked);
        }

        List<Long> all() {
            List<Long> all = new ArrayList<>(platforms);
            all.addAll(vendors);
            return all;
        }

        private static long vendor(String name, String category, List<Long> platformIds) {
            Response r = analyst.post("/api/v1/vendors", Map.of("name", name, "website", "https://example.com",
                    "category", category, "tier", "HIGH", "platformIds", platformIds));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            return ((Number) r.map().get("id")).longValue();
        }

        private static long incident(String name, long platform, String unlinked) {
            Map<String, Object> body = new HashMap<>(IncidentBodies.incident("ACTIVE"));
            body.put("name", name);
            body.put("severity", "CRITICAL");
            body.put("publishedOn", today().minusDays(10).toString());
            body.put("platforms", List.of(Map.of("name", "platform", "vendorId", platform), Map.of("name", unlinked)));
            body.put("steps", List.of(
                    Map.of("name", "credentials", "techniques", List.of(), "controls",
                            List.of(Map.of("controlCode", "C02", "strength", 0.9), Map.of("controlCode", "C11", "strength", 0.8))),
                    Map.of("name", "app consent", "techniques", List.of(), "controls",
                            List.of(Map.of("controlCode", "C08", "strength", 0.9)))));
            Response r = analyst.post("/api/v1/incidents", body);
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            return ((Number) r.map().get("id")).longValue();
        }
    }

    static LocalDate today() {
        return LocalDate.ofInstant(context.getBean(Clock.class).instant(), ZoneOffset.UTC);
    }

    /** One change made through the API (or, for time, by the clock and the daily sweep). */
    interface Change {
        void apply(Portfolio p) throws Exception;
    }

    record SetHoldings(int vendor, long records, String category) implements Change {
        public void apply(Portfolio p) {
            Response r = analyst.put("/api/v1/vendors/" + p.vendors().get(vendor) + "/data-holdings", records == 0 ? List.of()
                    : List.of(Map.of("dataCategory", category, "recordCount", records, "accessType", "BULK_ACCESS")));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
    }

    record OverrideControl(int vendor, String control, String status) implements Change {
        public void apply(Portfolio p) {
            String path = "/api/v1/vendors/" + p.vendors().get(vendor) + "/controls/" + control;
            long version = analyst.get("/api/v1/vendors/" + p.vendors().get(vendor) + "/controls").list().stream()
                    .filter(c -> c.get("controlCode").equals(control)).mapToLong(c -> ((Number) c.get("version")).longValue())
                    .findFirst().orElse(0L);
            Map<String, Object> body = new HashMap<>(Map.of("status", status, "reason", "Seen on a call", "version", version));
            if (status.equals("MET")) {
                body.put("evidence", "DOCUMENTED");
            }
            Response r = analyst.put(path, body);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
    }

    record IncidentState(int incident, String status, int lastSeenDaysAgo) implements Change {
        public void apply(Portfolio p) {
            long id = p.incidents().get(incident);
            Map<String, Object> current = new HashMap<>(analyst.get("/api/v1/incidents/" + id).map());
            current.put("status", status);
            current.put("lastSeen", today().minusDays(lastSeenDaysAgo).toString());
            put(id, current);
        }
    }

    record ChainStrength(int incident, double strength) implements Change {
        public void apply(Portfolio p) {
            long id = p.incidents().get(incident);
            Map<String, Object> current = new HashMap<>(analyst.get("/api/v1/incidents/" + id).map());
            current.put("steps", List.of(Map.of("name", "credentials", "techniques", List.of(), "controls",
                    List.of(Map.of("controlCode", "C02", "strength", strength)))));
            put(id, current);
        }
    }

    record IncidentPlatform(int incident, int platform, boolean compromised) implements Change {
        public void apply(Portfolio p) {
            long id = p.incidents().get(incident);
            Map<String, Object> current = new HashMap<>(analyst.get("/api/v1/incidents/" + id).map());
            current.put("platforms", List.of(Map.of("name", "platform", "vendorId", p.platforms().get(platform),
                    "role", compromised ? "COMPROMISED" : "ABUSED"), Map.of("name", p.unlinkedName())));
            put(id, current);
        }
    }

    record VendorPlatforms(int vendor, int platformMask) implements Change {
        public void apply(Portfolio p) {
            long id = p.vendors().get(vendor);
            Map<String, Object> current = new HashMap<>(analyst.get("/api/v1/vendors/" + id).map());
            List<Long> platforms = new ArrayList<>();
            for (int i = 0; i < p.platforms().size(); i++) {
                if ((platformMask & (1 << i)) != 0) {
                    platforms.add(p.platforms().get(i));
                }
            }
            current.put("platformIds", platforms);
            current.keySet().removeAll(List.of("id", "platforms", "usedBy", "usedByCount", "totalRecords",
                    "dataCategoryCount", "createdAt", "updatedAt"));
            Response r = analyst.put("/api/v1/vendors/" + id, current);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
    }

    /** The vendor answers a questionnaire in the portal; the analyst accepts every answer and completes it. */
    record CompleteAssessment(int vendor, boolean phishingResistant) implements Change {
        public void apply(Portfolio p) {
            long vendorId = p.vendors().get(vendor);
            Response created = analyst.post("/api/v1/assessments", Map.of("vendorId", vendorId, "templateId", templateId,
                    "dueDate", today().plusDays(30).toString(), "respondentEmail", "security@vendor.example"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long assessmentId = ((Number) created.map().get("id")).longValue();
            ApiClient portal = analyst.as((String) created.map().get("portalToken"));
            Map<String, Long> ids = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> sections = (List<Map<String, Object>>) portal.get("/api/v1/portal/assessment").map().get("sections");
            sections.stream().flatMap(section -> {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> questions = (List<Map<String, Object>>) section.get("questions");
                return questions.stream();
            }).forEach(q -> ids.put((String) q.get("key"), ((Number) q.get("id")).longValue()));
            answer(portal, ids.get("mfa"), "NO");
            answer(portal, ids.get("sso"), "YES");
            answer(portal, ids.get("prmfa"), phishingResistant ? "YES" : "NO");
            assertThat(portal.post("/api/v1/portal/assessment/submit", Map.of()).status()).isEqualTo(200);
            new io.tollgate.testsupport.Invitation(assessmentId, vendorId, templateId, "", portal).complete(analyst);
        }

        private static void answer(ApiClient portal, long questionId, String value) {
            Response r = portal.put("/api/v1/portal/assessment/answers/" + questionId, Map.of("value", value, "version", 0));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
    }

    /** The second platform takes the incidents' unlinked platform name as an alias: it becomes linked. */
    record AliasThePlatform() implements Change {
        public void apply(Portfolio p) {
            long id = p.platforms().get(1);
            Map<String, Object> current = new HashMap<>(analyst.get("/api/v1/vendors/" + id).map());
            current.put("aliases", List.of(p.unlinkedName()));
            current.keySet().removeAll(List.of("id", "platforms", "usedBy", "usedByCount", "totalRecords",
                    "dataCategoryCount", "createdAt", "updatedAt"));
            Response r = analyst.put("/api/v1/vendors/" + id, current);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
    }

    /** Days pass, then the day's sweep runs as the recurring task does. */
    record DaysPass(int days) implements Change {
        public void apply(Portfolio p) {
            context.getBean(MovableClock.class).advance(Duration.ofDays(days));
            context.getBean(TimeSweep.class).apply(today());
        }
    }

    private static void put(long incidentId, Map<String, Object> body) {
        body.keySet().removeAll(List.of("id", "exploitedControls", "createdAt", "updatedAt"));
        Response r = analyst.put("/api/v1/incidents/" + incidentId, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        Arbitrary<Integer> vendor = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> incident = Arbitraries.integers().between(0, 1);
        Arbitrary<Change> holdings = Combinators.combine(vendor, Arbitraries.of(0L, 200L, 50_000L, 5_000_000L),
                Arbitraries.of("NAME", "DATE_OF_BIRTH", "TAX_ID")).as(SetHoldings::new);
        Arbitrary<Change> override = Combinators.combine(vendor, Arbitraries.of("C02", "C08", "C11", "C34"),
                Arbitraries.of("MET", "NOT_MET", "PARTIAL")).as((v, c, s) -> new OverrideControl(v, c, s.equals("PARTIAL") ? "NOT_MET" : s));
        Arbitrary<Change> state = Combinators.combine(incident, Arbitraries.of("ACTIVE", "FADING", "ARCHIVED"),
                Arbitraries.integers().between(0, 5)).as(IncidentState::new);
        Arbitrary<Change> strength = Combinators.combine(incident, Arbitraries.of(0.2, 0.6, 1.0)).as(ChainStrength::new);
        Arbitrary<Change> platform = Combinators.combine(incident, Arbitraries.integers().between(0, 1), Arbitraries.of(true, false))
                .as(IncidentPlatform::new);
        Arbitrary<Change> links = Combinators.combine(vendor, Arbitraries.integers().between(0, 3)).as(VendorPlatforms::new);
        Arbitrary<Change> alias = Arbitraries.just(new AliasThePlatform());
        Arbitrary<Change> days = Arbitraries.of(1, 30, 200).map(DaysPass::new);
        Arbitrary<Change> assessment = Combinators.combine(vendor, Arbitraries.of(true, false)).as(CompleteAssessment::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, holdings), net.jqwik.api.Tuple.of(3, override), net.jqwik.api.Tuple.of(2, state),
                net.jqwik.api.Tuple.of(1, strength), net.jqwik.api.Tuple.of(1, platform), net.jqwik.api.Tuple.of(2, links),
                net.jqwik.api.Tuple.of(1, alias), net.jqwik.api.Tuple.of(2, days), net.jqwik.api.Tuple.of(2, assessment))
                .list().ofMinSize(3).ofMaxSize(8);
    }
}
