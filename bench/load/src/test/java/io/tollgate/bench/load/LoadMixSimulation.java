package io.tollgate.bench.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The portfolio load mix at a fixed arrival rate (open model: every request is a new virtual user, so a slow server
 * does not slow the arrivals down). System properties: baseUrl, rate (requests per second, all types together),
 * seconds, data (folder written by setup.py), only (one request type alone, e.g. autosave). Shares of the mix: risk read
 * 40 %, vendor list with filters 25 %, portal autosave 20 %, dashboard summary 13 %, assessment submit 2 %.
 */
public class LoadMixSimulation extends Simulation {
    private static final String BASE = System.getProperty("baseUrl", "http://localhost:8090");
    private static final double RATE = Double.parseDouble(System.getProperty("rate", "100"));
    private static final int SECONDS = Integer.parseInt(System.getProperty("seconds", "30"));
    private static final Path DATA = Path.of(System.getProperty("data", "target/load-data"));
    /** One request type alone at the whole rate (risk, list, autosave, dashboard, submit); empty for the mix. */
    private static final String ONLY = System.getProperty("only", "");

    /** The last version the server returned for each (token, question): an autosave sends the version it read. */
    private static final Map<String, Long> VERSIONS = new ConcurrentHashMap<>();

    private static final String[] CATEGORIES = {"CRM", "CONTACT_CENTRE", "ANALYTICS", "PAYMENTS", "HR", "MARKETING"};
    private static final String[] TIERS = {"CRITICAL", "HIGH", "MEDIUM", "LOW"};
    private static final String[] SORTS = {"name", "-totalRecords", "tier", "-updatedAt"};
    private static final String[] QUERIES = {"", "", "", "sales", "cloud", "data"};

    private final String admin;

    public LoadMixSimulation() throws Exception {
        admin = Files.readString(DATA.resolve("admin.token")).trim();
        HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
                .contentTypeHeader("application/json").shareConnections();
        List<PopulationBuilder> populations = new ArrayList<>();
        add(populations, "risk", 0.40, this::riskRead);
        add(populations, "list", 0.25, this::vendorList);
        add(populations, "autosave", 0.20, this::autosave);
        add(populations, "dashboard", 0.13, this::dashboard);
        add(populations, "submit", 0.02, this::submit);
        if (populations.isEmpty()) {
            throw new IllegalArgumentException("-Donly=" + ONLY + ": expected risk, list, autosave, dashboard or submit");
        }
        setUp(populations).protocols(protocol);
    }

    /** The request type at its share of the mix, or at the whole rate when it is the only one asked for. */
    private void add(List<PopulationBuilder> populations, String type, double share,
                     java.util.function.Supplier<ScenarioBuilder> scenario) {
        if (ONLY.isEmpty() || ONLY.equals(type)) {
            double rate = ONLY.isEmpty() ? RATE * share : RATE;
            populations.add(scenario.get().injectOpen(constantUsersPerSec(rate).during(SECONDS)));
        }
    }

    private ChainBuilder asAdmin(String name, String path) {
        return exec(http(name).get(path).header("Authorization", "Bearer " + admin).check(status().is(200)));
    }

    private ScenarioBuilder riskRead() {
        return scenario("vendor risk read").feed(csv(DATA.resolve("vendors.csv").toString()).random())
                .exec(asAdmin("GET /vendors/{id}/risk", "/api/v1/vendors/#{vendorId}/risk"));
    }

    private ScenarioBuilder vendorList() {
        return scenario("vendor list").exec(session -> {
            java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
            String q = QUERIES[r.nextInt(QUERIES.length)];
            String query = "?page=" + r.nextInt(3) + "&size=20&sort=" + SORTS[r.nextInt(SORTS.length)]
                    + "&tier=" + TIERS[r.nextInt(TIERS.length)]
                    + (r.nextBoolean() ? "&category=" + CATEGORIES[r.nextInt(CATEGORIES.length)] : "")
                    + (r.nextBoolean() ? "&status=ACTIVE" : "") + (q.isEmpty() ? "" : "&q=" + q);
            return session.set("listQuery", query);
        }).exec(asAdmin("GET /vendors?filters", "/api/v1/vendors#{listQuery}"));
    }

    private ScenarioBuilder dashboard() {
        return scenario("dashboard summary").exec(asAdmin("GET /dashboard/summary", "/api/v1/dashboard/summary"));
    }

    private ScenarioBuilder autosave() {
        return scenario("portal autosave").feed(csv(DATA.resolve("autosave.csv").toString()).circular())
                .exec(session -> {
                    String key = session.getString("portalToken") + "/" + session.getString("questionId");
                    // Alternate two values so every save really changes the answer (and writes its audit row).
                    long version = VERSIONS.getOrDefault(key, 0L);
                    return session.set("key", key).set("version", version).set("answer", version % 2 == 0 ? "YES" : "PARTIAL");
                })
                .exec(http("PUT /portal/assessment/answers/{q}").put("/api/v1/portal/assessment/answers/#{questionId}")
                        .header("Authorization", "Bearer #{portalToken}")
                        .body(StringBody("{\"value\":\"#{answer}\",\"version\":#{version}}"))
                        .check(status().is(200), jsonPath("$.version").ofLong().saveAs("saved")))
                .exec(session -> {
                    if (session.contains("saved")) {
                        VERSIONS.merge(session.getString("key"), session.getLong("saved"), Math::max);
                    }
                    return session;
                });
    }

    private ScenarioBuilder submit() {
        // Each prepared assessment can be submitted once: the feeder fails the run when they are used up.
        return scenario("assessment submit").feed(csv(DATA.resolve("submit.csv").toString()).queue())
                .exec(http("POST /portal/assessment/submit").post("/api/v1/portal/assessment/submit")
                        .header("Authorization", "Bearer #{portalToken}").check(status().is(200)));
    }
}
