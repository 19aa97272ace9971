package io.tollgate.security;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.tollgate.api.model.ApiTokenScope;
import io.tollgate.testsupport.ApiClient;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.ApiTokens;
import io.tollgate.testsupport.IncidentBodies;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.TemplateBuilder;
import io.tollgate.testsupport.TestUsers;
import io.tollgate.testsupport.VendorBuilder;
import io.tollgate.testsupport.WebhookBuilder;
import io.tollgate.testsupport.WebhookReceiver;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static io.tollgate.testsupport.TemplateBuilder.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The authorization matrix: every operation of api/openapi.yaml, called by every kind of caller, on the objects of
 * two vendors A and B (each with a sent assessment and its portal token, a submitted assessment, evidence, a finding
 * requested through the portal, an incident, a control, a webhook with a delivery). {@link #EXPECTED} says, per
 * operationId and caller, whether the call is allowed (any 2xx) or refused, and with which status; refusals must be
 * exactly that status with a problem+json body. Every response a portal token gets is searched for the other
 * vendor's names, secrets and ids. An operation of the contract without a line in the table, or a line naming no
 * operation, fails the test, and so does an /api route the server serves outside the contract.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends IntegrationTest {

    /** Who calls. TOKEN is an API token with every scope, READ_TOKEN one with the read scopes only. */
    enum Caller { ANONYMOUS, VIEWER, ANALYST, ADMIN, TOKEN, READ_TOKEN, PORTAL_A, PORTAL_B }

    /**
     * One line per operationId, one column per {@link Caller} (in that order). {@code ok}: allowed, answers 2xx;
     * {@code own}: allowed on the objects of the portal token's own assessment, 404 on the other vendor's;
     * a number: refused with exactly that status.
     * <p>
     * The shape of the rows: anonymous callers get 401 everywhere but sign-in. Invitation tokens are no credential
     * outside /api/v1/portal/ (401), API tokens none inside it (401); users get 403 in the portal. An API token
     * reaches an operation only through its x-required-scope (403 without it, and always for operations without one).
     */
    private static final String TABLE = """
            #                            anon viewer analyst admin token read-token portal-a portal-b
            login                         ok   ok   ok   ok   403  403  ok   ok
            currentUser                   401  ok   ok   ok   403  403  401  401
            logout                        401  ok   ok   ok   403  403  401  401
            listApiTokens                 401  403  403  ok   403  403  401  401
            createApiToken                401  403  403  ok   403  403  401  401
            revokeApiToken                401  403  403  ok   403  403  401  401
            listDataCategories            401  ok   ok   ok   ok   ok   401  401
            listVendors                   401  ok   ok   ok   ok   ok   401  401
            createVendor                  401  403  ok   ok   ok   403  401  401
            getVendor                     401  ok   ok   ok   ok   ok   401  401
            updateVendor                  401  403  ok   ok   ok   403  401  401
            deleteVendor                  401  403  403  ok   ok   403  401  401
            getDataHoldings               401  ok   ok   ok   ok   ok   401  401
            replaceDataHoldings           401  403  ok   ok   ok   403  401  401
            listVendorControls            401  ok   ok   ok   ok   ok   401  401
            overrideVendorControl         401  403  ok   ok   ok   403  401  401
            getVendorRisk                 401  ok   ok   ok   ok   ok   401  401
            getVendorRiskHistory          401  ok   ok   ok   ok   ok   401  401
            getVendorWhatIf               401  ok   ok   ok   ok   ok   401  401
            getVendorReassessment         401  ok   ok   ok   ok   ok   401  401
            listFindings                  401  ok   ok   ok   ok   ok   401  401
            listVendorFindings            401  ok   ok   ok   ok   ok   401  401
            getFinding                    401  ok   ok   ok   ok   ok   401  401
            updateFinding                 401  403  ok   ok   ok   403  401  401
            requestRemediation            401  403  ok   ok   ok   403  401  401
            listPortalFindings            401  403  403  403  401  401  ok   ok
            respondToRemediationRequest   401  403  403  403  401  401  own  own
            listControls                  401  ok   ok   ok   ok   ok   401  401
            createControl                 401  403  403  ok   ok   403  401  401
            getControl                    401  ok   ok   ok   ok   ok   401  401
            updateControl                 401  403  403  ok   ok   403  401  401
            listIncidents                 401  ok   ok   ok   ok   ok   401  401
            createIncident                401  403  ok   ok   ok   403  401  401
            getIncident                   401  ok   ok   ok   ok   ok   401  401
            updateIncident                401  403  ok   ok   ok   403  401  401
            getIncidentImpact             401  ok   ok   ok   ok   ok   401  401
            createIncidentFollowUp        401  403  ok   ok   ok   403  401  401
            getIncidentFollowUpPreview    401  ok   ok   ok   ok   ok   401  401
            listQuestionnaireTemplates    401  ok   ok   ok   ok   ok   401  401
            createQuestionnaireTemplate   401  403  ok   ok   ok   403  401  401
            getQuestionnaireTemplate      401  ok   ok   ok   ok   ok   401  401
            exportQuestionnaireTemplate   401  ok   ok   ok   ok   ok   401  401
            importQuestionnaireTemplateCsv 401 403  ok   ok   ok   403  401  401
            exportQuestionnaireTemplateCsv 401 ok   ok   ok   ok   ok   401  401
            listAssessments               401  ok   ok   ok   ok   ok   401  401
            createAssessment              401  403  ok   ok   ok   403  401  401
            getAssessment                 401  ok   ok   ok   ok   ok   401  401
            getAssessmentCompletion       401  ok   ok   ok   ok   ok   401  401
            changeAssessmentStatus        401  403  ok   ok   ok   403  401  401
            revokePortalToken             401  403  ok   ok   ok   403  401  401
            reissuePortalToken            401  403  ok   ok   ok   403  401  401
            reviewAnswer                  401  403  ok   ok   ok   403  401  401
            overrideControlStatus         401  403  ok   ok   ok   403  401  401
            downloadAssessmentEvidence    401  ok   ok   ok   ok   ok   401  401
            getPortalAssessment           401  403  403  403  401  401  ok   ok
            savePortalAnswer              401  403  403  403  401  401  own  own
            uploadPortalEvidence          401  403  403  403  401  401  own  own
            downloadPortalEvidence        401  403  403  403  401  401  own  own
            submitPortalAssessment        401  403  403  403  401  401  ok   ok
            listAuditEvents               401  403  403  ok   403  403  401  401
            getDashboardSummary           401  ok   ok   ok   ok   ok   401  401
            getPortfolioTrend             401  ok   ok   ok   ok   ok   401  401
            listReassessmentCadences      401  ok   ok   ok   ok   ok   401  401
            updateReassessmentCadence     401  403  403  ok   403  403  401  401
            listReassessments             401  ok   ok   ok   ok   ok   401  401
            exportVendorRegisterCsv       401  ok   ok   ok   ok   ok   401  401
            importVendors                 401  403  ok   ok   ok   403  401  401
            exportVendors                 401  ok   ok   ok   ok   ok   401  401
            listWebhooks                  401  403  403  ok   403  403  401  401
            createWebhook                 401  403  403  ok   403  403  401  401
            getWebhook                    401  403  403  ok   403  403  401  401
            updateWebhook                 401  403  403  ok   403  403  401  401
            deleteWebhook                 401  403  403  ok   403  403  401  401
            listWebhookDeliveries         401  403  403  ok   403  403  401  401
            testWebhook                   401  403  403  ok   403  403  401  401
            redeliverWebhookDelivery      401  403  403  ok   403  403  401  401
            """;

    /** Routes under /api that are not operations of the contract, on purpose: the API reference page and the contract. */
    private static final Set<String> ROUTES_OUTSIDE_THE_CONTRACT = Set.of("GET /api/docs", "GET /api/docs/init.js",
            "GET /api/v1/openapi.yaml");

    private static final String PDF = "%PDF-1.4\n%%EOF";

    @Inject
    Router router;

    private final Map<String, Map<Caller, String>> expected = parse(TABLE);
    private final Map<String, Contract.Operation> contract = Contract.read();
    private final Map<String, Op> requests = requests();

    private final WebhookReceiver receiver = WebhookReceiver.healthy();
    private Side a;
    private Side b;
    private final Map<Caller, ApiClient> callers = new EnumMap<>(Caller.class);
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private final HttpClient http = HttpClient.newHttpClient();
    private String loginUser;

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void everyOperationOfTheContractHasAnExpectationAndARequest() {
        assertThat(new TreeSet<>(expected.keySet())).as("operations in the table vs the contract")
                .isEqualTo(new TreeSet<>(contract.keySet()));
        assertThat(new TreeSet<>(requests.keySet())).as("operations with a request vs the contract")
                .isEqualTo(new TreeSet<>(contract.keySet()));
    }

    @Test
    void theServerServesNoApiRouteOutsideTheContract() {
        Set<String> operations = contract.values().stream().map(o -> o.method() + " " + o.path()).collect(Collectors.toSet());
        List<String> outside = router.uriRoutes()
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate().toPathString())
                .filter(r -> r.contains(" /api/"))
                // HEAD routes mirror the GET routes; the matrix sends a HEAD along with every GET.
                .filter(r -> !r.startsWith("HEAD "))
                .filter(r -> !operations.contains(r) && !ROUTES_OUTSIDE_THE_CONTRACT.contains(r))
                .distinct().sorted().toList();
        assertThat(outside).isEmpty();
    }

    @Test
    void theTableAgreesWithTheContractsScopes() {
        // A cross-check of the hand-written table, not its source: the token columns follow x-required-scope.
        contract.forEach((id, op) -> {
            Map<Caller, String> row = expected.get(id);
            if (row == null || op.portal()) {
                return;
            }
            assertThat(row.get(Caller.TOKEN)).as(id + " with every scope").isEqualTo(op.scope() == null ? "403" : "ok");
            boolean readScope = op.scope() != null && op.scope().endsWith(":read");
            assertThat(row.get(Caller.READ_TOKEN)).as(id + " with the read scopes").isEqualTo(readScope ? "ok" : "403");
        });
    }

    @Test
    void theLeakCheckFindsAVendorsOwnDataInItsPortal() {
        // The control for the check above: the markers do appear where the data of their own vendor is shown.
        setUp();
        List<Response> own = List.of(a.portal.get("/api/v1/portal/assessment"), a.portal.get("/api/v1/portal/assessment/findings"));
        for (Response response : own) {
            assertThatThrownBy(() -> assertNothingOf(a, response, "control")).isInstanceOf(AssertionError.class);
            assertNothingOf(b, response, "B's data in A's portal");
        }
        assertThat(own.get(0).body()).contains(a.vendorName, a.templateName, a.evidenceName, a.tag);
        assertThat(own.get(1).body()).contains(a.remediationMessage);
    }

    @TestFactory
    List<DynamicTest> everyOperationByEveryCallerOnObjectsOfAAndB() {
        setUp();
        List<DynamicTest> tests = new ArrayList<>();
        List<String> order = new ArrayList<>(requests.keySet());
        // Last: operations that change what later cases rely on (a submitted assessment is no longer editable).
        order.sort((x, y) -> Boolean.compare(requests.get(x).last(), requests.get(y).last()));
        for (String operationId : order) {
            Op op = requests.get(operationId);
            for (Caller caller : Caller.values()) {
                for (Side side : op.perSide() ? List.of(a, b) : List.of(a)) {
                    String expectation = expected.getOrDefault(operationId, Map.of()).get(caller);
                    String name = operationId + " by " + caller + (op.perSide() ? " on " + side.name + "'s objects" : "")
                            + " -> " + expectation;
                    tests.add(DynamicTest.dynamicTest(name, () -> check(operationId, op, caller, side, expectation)));
                }
            }
        }
        return tests;
    }

    private void check(String operationId, Op op, Caller caller, Side side, String expectation) {
        assertThat(expectation).as("no expectation for " + operationId).isNotNull();
        Side own = caller == Caller.PORTAL_A ? a : caller == Caller.PORTAL_B ? b : null;
        String want = expectation.equals("own") ? (own == side ? "ok" : "404") : expectation;
        for (Call call : op.calls().apply(side, caller)) {
            Response response = call.send().apply(callers.get(caller));
            String what = call.description() + " by " + caller + ": " + response.status() + " " + abbreviate(response.body());
            if (want.equals("ok")) {
                assertThat(response.status()).as(what).isBetween(200, 299);
                side.spares.clear();
            } else {
                assertThat(response.status()).as(what).isEqualTo(Integer.parseInt(want));
                assertThat(response.header("Content-Type")).as(what).startsWith("application/problem+json");
            }
            if (own != null) {
                assertNothingOf(own == a ? b : a, response, what);
            }
            if (call.headPath() != null) {
                int head = head(call.headPath(), tokens.get(caller));
                if (want.equals("ok")) {
                    assertThat(head).as("HEAD " + call.headPath() + " by " + caller).isBetween(200, 299);
                } else {
                    assertThat(head).as("HEAD " + call.headPath() + " by " + caller).isEqualTo(Integer.parseInt(want));
                }
            }
        }
    }

    /** Sent around ApiClient, whose contract check knows no HEAD operations. */
    private int head(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A portal token's answer names nothing of the other vendor: no name, no secret, no id under an id key. */
    private void assertNothingOf(Side other, Response response, String what) {
        String body = response.body() == null ? "" : response.body();
        for (String marker : other.markers()) {
            assertThat(body).as(what + " leaks " + other.name + "'s data").doesNotContain(marker);
        }
        if (body.startsWith("{") || body.startsWith("[")) {
            Object json = body.startsWith("{") ? response.map() : response.list();
            Map<String, Set<Long>> ids = other.ids();
            walk(json, (key, value) -> {
                if (ids.containsKey(key) && value instanceof Number n) {
                    assertThat(ids.get(key)).as(what + " leaks " + other.name + "'s " + key).doesNotContain(n.longValue());
                }
            });
        }
    }

    private static void walk(Object json, java.util.function.BiConsumer<String, Object> visitor) {
        if (json instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                visitor.accept(String.valueOf(k), v);
                walk(v, visitor);
            });
        } else if (json instanceof Collection<?> list) {
            list.forEach(v -> walk(v, visitor));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The world: two vendors with everything the operations can name.

    /** One vendor's objects; the ids operations put in paths, queries and bodies. */
    private final class Side {
        final String name;
        final String tag = UUID.randomUUID().toString().substring(0, 8);
        long vendorId;
        String vendorName;
        long templateId;
        String templateName;
        String templateCsv;
        long assessmentId;
        String portalToken;
        ApiClient portal;
        long reviewAssessmentId;
        String reviewToken;
        long ssoQuestionId;
        long fileQuestionId;
        long evidenceId;
        String evidenceName;
        long findingId;
        String remediationMessage;
        long incidentId;
        Map<String, Object> incident;
        String controlCode;
        long webhookId;
        long deliveryId;
        /** Objects an allowed call consumes (deleted, revoked, moved on); replaced after every allowed call. */
        final Map<String, Long> spares = new HashMap<>();

        Side(String name) {
            this.name = name;
        }

        long spare(String kind, Supplier<Long> make) {
            return spares.computeIfAbsent(kind, k -> make.get());
        }

        List<String> markers() {
            return List.of(vendorName, templateName, portalToken, reviewToken, evidenceName, remediationMessage, tag);
        }

        Map<String, Set<Long>> ids() {
            return Map.of("vendorId", Set.of(vendorId), "assessmentId", Set.of(assessmentId, reviewAssessmentId),
                    "templateId", Set.of(templateId), "evidenceId", Set.of(evidenceId), "findingId", Set.of(findingId));
        }
    }

    /** Once for all cases (the objects are the same for every test of the class). */
    private void setUp() {
        if (a != null) {
            return;
        }
        for (Role role : Role.values()) {
            tokens.put(Caller.valueOf(role.name()), TestUsers.tokenFor(role, users, hasher, anonymous));
        }
        String[] all = Arrays.stream(ApiTokenScope.values()).map(ApiTokenScope::getValue).toArray(String[]::new);
        tokens.put(Caller.TOKEN, ApiTokens.issue(admin(), all).secret());
        tokens.put(Caller.READ_TOKEN, ApiTokens.issue(admin(), Arrays.stream(all).filter(s -> s.endsWith(":read"))
                .toArray(String[]::new)).secret());
        a = side("A");
        b = side("B");
        tokens.put(Caller.PORTAL_A, a.portalToken);
        tokens.put(Caller.PORTAL_B, b.portalToken);
        callers.put(Caller.ANONYMOUS, anonymous);
        tokens.forEach((caller, token) -> callers.put(caller, anonymous.as(token)));
        loginUser = TestUsers.create(Role.VIEWER, users, hasher);
    }

    private Side side(String name) {
        Side s = new Side(name);
        ApiClient analyst = analyst();
        s.vendorName = "Matrix vendor " + name + " " + s.tag;
        s.vendorId = VendorBuilder.vendor().with("name", s.vendorName).create(analyst);
        s.templateName = "Matrix template " + name + " " + s.tag;
        s.templateId = TemplateBuilder.template().with("name", s.templateName)
                .add(question("notes", "TEXT", "Anything else about " + s.tag + "?", false, Map.of())).create(analyst);
        s.templateCsv = ok(analyst.get("/api/v1/questionnaire-templates/" + s.templateId + "/csv")).body();

        Map<String, Object> sent = ok(analyst.post("/api/v1/assessments", assessment(s))).map();
        s.assessmentId = id(sent);
        s.portalToken = (String) sent.get("portalToken");
        s.portal = anonymous.as(s.portalToken);
        answerEverything(s.portal);
        s.ssoQuestionId = questionId(s.portal, "sso");
        s.fileQuestionId = questionId(s.portal, "mfa.evidence");
        s.evidenceName = "matrix-" + s.tag + ".pdf";
        s.evidenceId = id(ok(s.portal.multipart("/api/v1/portal/assessment/evidence", s.evidenceName, PDF.getBytes(),
                "questionId", String.valueOf(s.fileQuestionId))).map());

        Map<String, Object> review = ok(analyst.post("/api/v1/assessments", assessment(s))).map();
        s.reviewAssessmentId = id(review);
        s.reviewToken = (String) review.get("portalToken");
        ApiClient reviewPortal = anonymous.as(s.reviewToken);
        answerEverything(reviewPortal);
        ok(reviewPortal.post("/api/v1/portal/assessment/submit", Map.of()));

        ok(analyst.put("/api/v1/vendors/" + s.vendorId + "/controls/C08",
                Map.of("status", "NOT_MET", "reason", "Seen on a screen share", "version", 0)));
        Map<String, Object> finding = analyst.get("/api/v1/vendors/" + s.vendorId + "/findings").list().stream()
                .filter(f -> "C08".equals(f.get("controlCode"))).findFirst().orElseThrow();
        s.findingId = id(finding);
        s.remediationMessage = "Plan for " + name + " please, " + s.tag;
        ok(analyst.post("/api/v1/findings/" + s.findingId + "/remediation-request",
                Map.of("message", s.remediationMessage, "assessmentId", s.assessmentId, "version", finding.get("version"))));

        s.incident = new LinkedHashMap<>(IncidentBodies.incident("ACTIVE"));
        s.incidentId = id(ok(analyst.post("/api/v1/incidents", s.incident)).map());
        s.controlCode = newControlCode();
        ok(admin().post("/api/v1/controls", control(s.controlCode)));

        s.webhookId = id(WebhookBuilder.webhook(receiver.url()).create(admin()));
        s.deliveryId = id(ok(admin().post("/api/v1/webhooks/" + s.webhookId + "/test", Map.of())).map());
        awaitDelivered(s);
        awaitRisk(s.vendorId);
        return s;
    }

    /** A delivery being sent cannot be redelivered (409): wait until the test ping arrived. */
    private void awaitDelivered(Side s) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!delivered(s)) {
            if (System.nanoTime() > deadline) {
                fail("the test delivery of webhook " + s.webhookId + " did not arrive within 30 s");
            }
            sleep(100);
        }
    }

    @SuppressWarnings("unchecked")
    private boolean delivered(Side s) {
        Map<String, Object> page = ok(admin().get("/api/v1/webhooks/" + s.webhookId + "/deliveries?status=DELIVERED")).map();
        return ((List<Map<String, Object>>) page.get("items")).stream().anyMatch(d -> id(d) == s.deliveryId);
    }

    private static Map<String, Object> assessment(Side s) {
        return Map.of("vendorId", s.vendorId, "templateId", s.templateId, "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString(),
                "respondentEmail", "security@vendor.example");
    }

    private static void answerEverything(ApiClient portal) {
        ok(portal.put("/api/v1/portal/assessment/answers/" + questionId(portal, "mfa"), Map.of("value", "YES", "version", 0)));
        ok(portal.put("/api/v1/portal/assessment/answers/" + questionId(portal, "mfa.methods"), Map.of("values", List.of("FIDO2"), "version", 0)));
        ok(portal.put("/api/v1/portal/assessment/answers/" + questionId(portal, "sso"), Map.of("value", "YES", "version", 0)));
    }

    @SuppressWarnings("unchecked")
    private static long questionId(ApiClient portal, String key) {
        Map<String, Object> view = ok(portal.get("/api/v1/portal/assessment")).map();
        return ((List<Map<String, Object>>) view.get("sections")).stream()
                .flatMap(s -> ((List<Map<String, Object>>) s.get("questions")).stream())
                .filter(q -> q.get("key").equals(key)).map(AuthorizationMatrixTest::id).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static long answerVersion(ApiClient portal, long questionId) {
        Map<String, Object> view = ok(portal.get("/api/v1/portal/assessment")).map();
        return ((List<Map<String, Object>>) view.get("answers")).stream()
                .filter(x -> ((Number) x.get("questionId")).longValue() == questionId)
                .map(x -> ((Number) x.get("version")).longValue()).findFirst().orElseThrow();
    }

    /** Risk reads answer 404 until the vendor was scored once; scoring runs in the background. */
    private void awaitRisk(long vendorId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (viewer().get("/api/v1/vendors/" + vendorId + "/risk").status() != 200) {
            if (System.nanoTime() > deadline) {
                fail("vendor " + vendorId + " was not scored within 30 s");
            }
            sleep(100);
        }
    }

    private static String newControlCode() {
        return "X-MATRIX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static Map<String, Object> control(String code) {
        Map<String, Object> body = new LinkedHashMap<>(controlFields(code));
        body.put("code", code);
        return body;
    }

    /** Control names are unique, like their codes. */
    private static Map<String, Object> controlFields(String code) {
        return Map.of("name", "Vendor admins through a PAM vault " + code, "description", "Sessions are recorded.",
                "domain", "ACCESS", "baseWeight", 3);
    }

    private long newVendor(Side s) {
        return VendorBuilder.vendor("Matrix spare").create(analyst());
    }

    private long newAssessment(Side s) {
        return id(ok(analyst().post("/api/v1/assessments", assessment(s))).map());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The requests: per operationId, what each caller sends (bodies valid, so that allowed calls answer 2xx).

    /** headPath: a GET, also sent as HEAD (which must be refused alike). */
    private record Call(String description, Function<ApiClient, Response> send, String headPath) {
        Call(String description, Function<ApiClient, Response> send) {
            this(description, send, null);
        }
    }

    /** perSide: called once on A's and once on B's objects; last: run after every other operation. */
    private record Op(boolean perSide, boolean last, BiFunction<Side, Caller, List<Call>> calls) {
    }

    private static Call get(String path) {
        return new Call("GET " + path, c -> c.get(path), path);
    }

    private static Call delete(String path) {
        return new Call("DELETE " + path, c -> c.delete(path));
    }

    private static Call post(String path, Object body) {
        return new Call("POST " + path, c -> c.post(path, body));
    }

    private static Call put(String path, Object body) {
        return new Call("PUT " + path, c -> c.put(path, body));
    }

    private static Call raw(String method, String path, String body, String contentType) {
        return new Call(method + " " + path + " (" + contentType + ")", c -> c.send(method, path, body, contentType));
    }

    private static Op each(Function<Side, Call> call) {
        return new Op(true, false, (s, caller) -> List.of(call.apply(s)));
    }

    private static Op once(Supplier<Call> call) {
        return new Op(false, false, (s, caller) -> List.of(call.get()));
    }

    private Map<String, Op> requests() {
        Map<String, Op> r = new LinkedHashMap<>();
        String v = "/api/v1/vendors/";
        // Sign-in, sessions, API tokens
        r.put("login", once(() -> post("/api/v1/auth/login", Map.of("username", loginUser, "password", TestUsers.PASSWORD))));
        r.put("currentUser", once(() -> get("/api/v1/auth/me")));
        // Signing out ends every session of the user: users sign out of a session of their own, made for the call.
        r.put("logout", new Op(false, false, (s, caller) -> List.of(new Call("POST /api/v1/auth/logout", c -> {
            ApiClient session = switch (caller) {
                case VIEWER, ANALYST, ADMIN -> anonymous.as(TestUsers.tokenFor(Role.valueOf(caller.name()), users, hasher, anonymous));
                default -> c;
            };
            return session.post("/api/v1/auth/logout", null);
        }))));
        r.put("listApiTokens", once(() -> get("/api/v1/api-tokens")));
        r.put("createApiToken", once(() -> post("/api/v1/api-tokens",
                Map.of("name", TestUsers.unique("Matrix"), "scopes", List.of("vendors:read"), "expiresInDays", 1))));
        r.put("revokeApiToken", each(s -> delete("/api/v1/api-tokens/"
                + s.spare("apiToken", () -> ApiTokens.issue(admin(), "vendors:read").id()))));
        // Vendors and what hangs off them
        r.put("listDataCategories", once(() -> get("/api/v1/data-categories")));
        r.put("listVendors", each(s -> get("/api/v1/vendors?q=" + encode(s.vendorName))));
        r.put("createVendor", once(() -> post("/api/v1/vendors", VendorBuilder.vendor("Matrix").build())));
        r.put("getVendor", each(s -> get(v + s.vendorId)));
        r.put("updateVendor", each(s -> new Call("PUT " + v + s.vendorId, c -> c.put(v + s.vendorId, VendorBuilder.vendor()
                .with("name", s.vendorName).with("version", admin().get(v + s.vendorId).map().get("version")).build()))));
        r.put("deleteVendor", each(s -> delete(v + s.spare("vendor", () -> newVendor(s)))));
        r.put("getDataHoldings", each(s -> get(v + s.vendorId + "/data-holdings")));
        r.put("replaceDataHoldings", each(s -> put(v + s.vendorId + "/data-holdings",
                List.of(Map.of("dataCategory", "NAME", "recordCount", 1000, "accessType", "RECORD_UI")))));
        r.put("listVendorControls", each(s -> get(v + s.vendorId + "/controls")));
        r.put("overrideVendorControl", each(s -> new Call("PUT " + v + s.vendorId + "/controls/C30", c -> c.put(
                v + s.vendorId + "/controls/C30", Map.of("status", "MET", "evidence", "DOCUMENTED", "reason", "Seen in the audit report",
                        "version", vendorControlVersion(s, "C30"))))));
        r.put("getVendorRisk", each(s -> get(v + s.vendorId + "/risk")));
        r.put("getVendorRiskHistory", each(s -> get(v + s.vendorId + "/risk/history")));
        r.put("getVendorWhatIf", each(s -> post(v + s.vendorId + "/risk/what-if", Map.of("controlCodes", List.of("C08")))));
        r.put("getVendorReassessment", each(s -> get(v + s.vendorId + "/reassessment")));
        // Findings
        String f = "/api/v1/findings/";
        r.put("listFindings", each(s -> get("/api/v1/findings?vendorId=" + s.vendorId)));
        r.put("listVendorFindings", each(s -> get(v + s.vendorId + "/findings")));
        r.put("getFinding", each(s -> get(f + s.findingId)));
        r.put("updateFinding", each(s -> new Call("PUT " + f + s.findingId, c -> c.put(f + s.findingId, Map.of("status", "OPEN",
                "owner", "owner@airline.example", "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(60).toString(),
                "version", findingVersion(s))))));
        r.put("requestRemediation", each(s -> new Call("POST " + f + s.findingId + "/remediation-request", c -> c.post(
                f + s.findingId + "/remediation-request", Map.of("message", s.remediationMessage, "assessmentId", s.assessmentId,
                        "version", findingVersion(s))))));
        r.put("listPortalFindings", once(() -> get("/api/v1/portal/assessment/findings")));
        r.put("respondToRemediationRequest", each(s -> new Call("PUT /api/v1/portal/assessment/findings/" + s.findingId + "/response",
                c -> c.put("/api/v1/portal/assessment/findings/" + s.findingId + "/response", Map.of("plan", "Switch it off",
                        "plannedDate", LocalDate.now(ZoneOffset.UTC).plusDays(20).toString(), "version", findingVersion(s))))));
        // Controls and incidents
        r.put("listControls", once(() -> get("/api/v1/controls")));
        r.put("createControl", once(() -> post("/api/v1/controls", control(newControlCode()))));
        r.put("getControl", each(s -> get("/api/v1/controls/" + s.controlCode)));
        r.put("updateControl", each(s -> new Call("PUT /api/v1/controls/" + s.controlCode, c -> {
            Map<String, Object> body = new LinkedHashMap<>(controlFields(s.controlCode));
            body.put("version", admin().get("/api/v1/controls/" + s.controlCode).map().get("version"));
            return c.put("/api/v1/controls/" + s.controlCode, body);
        })));
        String i = "/api/v1/incidents/";
        r.put("listIncidents", once(() -> get("/api/v1/incidents")));
        r.put("createIncident", once(() -> post("/api/v1/incidents", IncidentBodies.incident("FADING"))));
        r.put("getIncident", each(s -> get(i + s.incidentId)));
        r.put("updateIncident", each(s -> new Call("PUT " + i + s.incidentId, c -> {
            Map<String, Object> current = admin().get(i + s.incidentId).map();
            Map<String, Object> body = new LinkedHashMap<>(s.incident);
            body.put("slug", current.get("slug"));
            body.put("version", current.get("version"));
            return c.put(i + s.incidentId, body);
        })));
        r.put("getIncidentImpact", each(s -> get(i + s.incidentId + "/impact")));
        r.put("getIncidentFollowUpPreview", each(s -> get(i + s.incidentId + "/follow-up")));
        r.put("createIncidentFollowUp", each(s -> post(i + s.incidentId + "/follow-up", Map.of(
                "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString(), "vendorIds", List.of(s.vendorId)))));
        // Questionnaires and assessments
        String t = "/api/v1/questionnaire-templates";
        r.put("listQuestionnaireTemplates", once(() -> get(t)));
        r.put("createQuestionnaireTemplate", once(() -> post(t, TemplateBuilder.template().build())));
        r.put("getQuestionnaireTemplate", each(s -> get(t + "/" + s.templateId)));
        r.put("exportQuestionnaireTemplate", each(s -> get(t + "/" + s.templateId + "/export")));
        r.put("importQuestionnaireTemplateCsv", each(s -> raw("POST", t + "/csv?name=" + encode(TestUsers.unique("Matrix import")),
                s.templateCsv, "text/csv")));
        r.put("exportQuestionnaireTemplateCsv", each(s -> get(t + "/" + s.templateId + "/csv")));
        String as = "/api/v1/assessments";
        r.put("listAssessments", each(s -> get(as + "?vendorId=" + s.vendorId)));
        r.put("createAssessment", each(s -> post(as, assessment(s))));
        r.put("getAssessment", each(s -> get(as + "/" + s.assessmentId)));
        r.put("getAssessmentCompletion", each(s -> get(as + "/" + s.reviewAssessmentId + "/completion")));
        r.put("changeAssessmentStatus", each(s -> post(as + "/" + s.spare("expiring", () -> newAssessment(s)) + "/status",
                Map.of("status", "EXPIRED", "version", 0))));
        r.put("revokePortalToken", each(s -> delete(as + "/" + s.spare("revoked", () -> newAssessment(s)) + "/portal-token")));
        r.put("reissuePortalToken", each(s -> post(as + "/" + s.spare("reissued", () -> newAssessment(s)) + "/portal-token", null)));
        r.put("reviewAnswer", each(s -> put(as + "/" + s.reviewAssessmentId + "/answers/" + s.ssoQuestionId + "/review",
                Map.of("decision", "ACCEPTED"))));
        r.put("overrideControlStatus", each(s -> put(as + "/" + s.reviewAssessmentId + "/control-overrides/C03",
                Map.of("status", "PARTIAL", "reason", "Admins use local accounts"))));
        r.put("downloadAssessmentEvidence", each(s -> get(as + "/" + s.assessmentId + "/evidence/" + s.evidenceId)));
        // The vendor portal: the token's own assessment only; ids of the other vendor's objects are not found.
        String p = "/api/v1/portal/assessment";
        r.put("getPortalAssessment", once(() -> get(p)));
        r.put("savePortalAnswer", each(s -> new Call("PUT " + p + "/answers/" + s.ssoQuestionId, c -> c.put(
                p + "/answers/" + s.ssoQuestionId, Map.of("value", "YES", "version", answerVersion(s.portal, s.ssoQuestionId))))));
        r.put("uploadPortalEvidence", each(s -> new Call("POST " + p + "/evidence (questionId " + s.fileQuestionId + ")",
                c -> c.multipart(p + "/evidence", "policy.pdf", PDF.getBytes(), "questionId", String.valueOf(s.fileQuestionId)))));
        r.put("downloadPortalEvidence", each(s -> get(p + "/evidence/" + s.evidenceId)));
        r.put("submitPortalAssessment", new Op(false, true, (s, caller) -> List.of(post(p + "/submit", Map.of()))));
        // Audit, dashboard, reassessments
        r.put("listAuditEvents", each(s -> get("/api/v1/audit-events?resourceType=vendor&resourceId=" + s.vendorId)));
        r.put("getDashboardSummary", once(() -> get("/api/v1/dashboard/summary")));
        r.put("getPortfolioTrend", once(() -> get("/api/v1/dashboard/trend")));
        r.put("listReassessmentCadences", once(() -> get("/api/v1/reassessment-cadences")));
        r.put("updateReassessmentCadence", once(() -> new Call("PUT /api/v1/reassessment-cadences/LOW", c -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> low = ((List<Map<String, Object>>) admin().get("/api/v1/reassessment-cadences").map().get("items"))
                    .stream().filter(x -> "LOW".equals(x.get("tier"))).findFirst().orElseThrow();
            return c.put("/api/v1/reassessment-cadences/LOW", Map.of("months", low.get("months"), "version", low.get("version")));
        })));
        r.put("listReassessments", once(() -> get("/api/v1/reassessments")));
        r.put("exportVendorRegisterCsv", each(s -> get("/api/v1/vendor-register.csv?q=" + encode(s.vendorName))));
        // Import and export, in both formats
        r.put("importVendors", new Op(false, false, (s, caller) -> List.of(
                post("/api/v1/vendors/import?dryRun=true", Map.of("vendors", List.of(Map.of("externalId", "MATRIX-1",
                        "name", "Matrix import", "website", "https://import.example", "category", "PAYROLL", "tier", "LOW")))),
                raw("POST", "/api/v1/vendors/import?dryRun=true", """
                        external_id,name,website,category,tier,status,description,services,business_owner,security_contact,next_review_date,data_holdings
                        MATRIX-2,Matrix import,https://import.example,PAYROLL,LOW,ACTIVE,,,,,,
                        """, "text/csv"))));
        r.put("exportVendors", new Op(false, false, (s, caller) -> List.of(get("/api/v1/vendors/export"),
                get("/api/v1/vendors/export?format=csv"))));
        // Webhooks
        String w = "/api/v1/webhooks";
        r.put("listWebhooks", once(() -> get(w)));
        r.put("createWebhook", once(() -> post(w, WebhookBuilder.webhook(receiver.url()).build())));
        r.put("getWebhook", each(s -> get(w + "/" + s.webhookId)));
        r.put("updateWebhook", each(s -> new Call("PUT " + w + "/" + s.webhookId, c -> c.put(w + "/" + s.webhookId,
                WebhookBuilder.webhook(receiver.url()).with("version", admin().get(w + "/" + s.webhookId).map().get("version")).build()))));
        r.put("deleteWebhook", each(s -> delete(w + "/" + s.spare("webhook", () -> id(WebhookBuilder.webhook(receiver.url()).create(admin()))))));
        r.put("listWebhookDeliveries", each(s -> get(w + "/" + s.webhookId + "/deliveries")));
        r.put("testWebhook", each(s -> post(w + "/" + s.webhookId + "/test", Map.of())));
        r.put("redeliverWebhookDelivery", each(s -> post(w + "/" + s.webhookId + "/deliveries/" + s.deliveryId + "/redeliver", Map.of())));
        return r;
    }

    private long vendorControlVersion(Side s, String code) {
        return admin().get("/api/v1/vendors/" + s.vendorId + "/controls").list().stream()
                .filter(x -> code.equals(x.get("controlCode"))).map(x -> ((Number) x.get("version")).longValue())
                .findFirst().orElseThrow();
    }

    private long findingVersion(Side s) {
        return ((Number) admin().get("/api/v1/findings/" + s.findingId).map().get("version")).longValue();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The operations of api/openapi.yaml as the test classpath has it. */
    private static final class Contract {
        record Operation(String method, String path, String scope, boolean portal) {
        }

        @SuppressWarnings("unchecked")
        private Contract() {
        }

        static Map<String, Operation> read() {
            try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream("/tollgate/contract/openapi.yaml")) {
                Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                Map<String, Operation> operations = new LinkedHashMap<>();
                ((Map<String, Map<String, Object>>) root.get("paths")).forEach((path, item) -> item.forEach((method, value) -> {
                    if (value instanceof Map<?, ?> op && op.get("operationId") instanceof String id) {
                        Object security = op.get("security");
                        boolean portal = security instanceof List<?> list && list.toString().contains("portalToken");
                        operations.put(id, new Operation(method.toUpperCase(Locale.ROOT), path, (String) op.get("x-required-scope"), portal));
                    }
                }));
                return operations;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Map<String, Map<Caller, String>> parse(String table) {
        Map<String, Map<Caller, String>> rows = new LinkedHashMap<>();
        Set<String> values = Set.of("ok", "own", "401", "403", "404");
        for (String line : table.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            if (cells[0].startsWith("#")) {
                continue;
            }
            if (cells.length != Caller.values().length + 1 || !values.containsAll(Arrays.asList(cells).subList(1, cells.length))) {
                throw new IllegalStateException("malformed line in the table: " + line);
            }
            Map<Caller, String> row = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                row.put(caller, cells[caller.ordinal() + 1]);
            }
            if (rows.put(cells[0], row) != null) {
                throw new IllegalStateException("twice in the table: " + cells[0]);
            }
        }
        return rows;
    }

    private static Response ok(Response response) {
        if (response.status() < 200 || response.status() > 299) {
            throw new IllegalStateException("set-up call failed: " + response);
        }
        return response;
    }

    private static long id(Map<String, Object> object) {
        return ((Number) object.get("id")).longValue();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
