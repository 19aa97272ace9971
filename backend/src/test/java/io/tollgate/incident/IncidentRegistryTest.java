package io.tollgate.incident;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.api.model.AttackTechnique;
import io.tollgate.api.model.DataCategoryCode;
import io.tollgate.api.model.AttributionConfidence;
import io.tollgate.api.model.ExploitedControl;
import io.tollgate.api.model.IncidentAttribution;
import io.tollgate.api.model.IncidentStep;
import io.tollgate.api.model.PlatformRole;
import io.tollgate.api.model.StepControl;
import io.tollgate.api.model.Incident;
import io.tollgate.api.model.IncidentCreate;
import io.tollgate.api.model.IncidentPage;
import io.tollgate.api.model.IncidentSeverity;
import io.tollgate.api.model.IncidentSource;
import io.tollgate.api.model.IncidentStatus;
import io.tollgate.api.model.IncidentUpdate;
import io.tollgate.api.model.Problem;
import io.tollgate.api.model.TargetedPlatform;
import io.tollgate.api.model.VendorCategory;
import io.tollgate.security.Role;
import io.tollgate.testsupport.TestAccounts;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.tollgate.testsupport.Problems.expectProblem;
import static io.tollgate.testsupport.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class IncidentRegistryTest extends io.tollgate.testsupport.IntegrationTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    @Inject
    ChangeRecorder changes;

    @Singleton
    static class ChangeRecorder implements ApplicationEventListener<IncidentChanged> {
        final List<Long> ids = new CopyOnWriteArrayList<>();

        @Override
        public void onApplicationEvent(IncidentChanged event) {
            ids.add(event.incidentId());
        }
    }

    @Test
    void seededIncidentsArePresentWithSourcesAndExploitedControls() {
        IncidentPage page = http.toBlocking().retrieve(
                accounts.as(Role.VIEWER, HttpRequest.GET("/api/v1/incidents?size=200")), IncidentPage.class);

        assertThat(page.getItems()).extracting(Incident::getSlug).contains("unc6040-salesforce-vishing",
                "unc6395-salesloft-drift-oauth", "gainsight-salesforce-token-abuse", "unc5537-snowflake-customer-credentials",
                "cl0p-moveit-transfer-cve-2023-34362", "okta-support-system-2023");
        Incident drift = page.getItems().stream().filter(i -> i.getSlug().equals("unc6395-salesloft-drift-oauth")).findFirst().orElseThrow();
        assertThat(drift.getFirstSeen()).isEqualTo(LocalDate.of(2025, 8, 8));
        assertThat(drift.getLastSeen()).isEqualTo(LocalDate.of(2025, 8, 18));
        assertThat(drift.getSources()).extracting(IncidentSource::getUrl)
                .contains("https://cloud.google.com/blog/topics/threat-intelligence/data-theft-salesforce-instances-via-salesloft-drift");
        assertThat(drift.getPlatforms()).extracting(TargetedPlatform::getName).containsExactly("Salesforce", "Salesloft Drift");
        assertThat(drift.getPlatforms()).extracting(TargetedPlatform::getRole)
                .containsExactly(PlatformRole.ABUSED, PlatformRole.COMPROMISED);
        assertThat(drift.getExploitedControls()).filteredOn(c -> c.getControlCode().equals("C12")).singleElement()
                .satisfies(c -> {
                    assertThat(c.getRelevance()).isEqualTo(0.9);
                    assertThat(c.getControlName()).isEqualTo("Network restriction for tokens");
                });
        Incident vishing = page.getItems().stream().filter(i -> i.getSlug().equals("unc6040-salesforce-vishing")).findFirst().orElseThrow();
        assertThat(vishing.getSteps()).extracting(IncidentStep::getName).containsExactly(
                "Vishing call posing as IT support", "Credentials and MFA code typed into a fake login page",
                "Malicious connected app authorised through the OAuth device flow", "Discovery of sensitive objects",
                "Bulk export through the API");
        assertThat(vishing.getSteps().get(2).getControls()).extracting(StepControl::getControlCode, StepControl::getStrength)
                .contains(org.assertj.core.groups.Tuple.tuple("C08", 0.9));
        assertThat(vishing.getLastSeen()).isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(vishing.getAttributions()).extracting(IncidentAttribution::getConfidence)
                .containsExactly(AttributionConfidence.ATTRIBUTED, AttributionConfidence.ATTRIBUTED, AttributionConfidence.CLAIMED);
        assertThat(vishing.getDataCategories()).contains(DataCategoryCode.LOYALTY_NUMBER, DataCategoryCode.DATE_OF_BIRTH);
        assertThat(vishing.getTechniques()).extracting(AttackTechnique::getId).contains("T1671", "T1566.004");
    }

    @Test
    void incidentsAreFilteredByStatus() {
        IncidentPage archived = http.toBlocking().retrieve(
                accounts.as(Role.VIEWER, HttpRequest.GET("/api/v1/incidents?status=ARCHIVED&size=200")), IncidentPage.class);

        assertThat(archived.getItems()).isNotEmpty().allSatisfy(i -> assertThat(i.getStatus()).isEqualTo(IncidentStatus.ARCHIVED));
        assertThat(archived.getItems()).extracting(Incident::getSlug).contains("okta-support-system-2023")
                .doesNotContain("unc6040-salesforce-vishing");
    }

    @Test
    void listingIncidentsWithoutATokenIsUnauthorized() {
        expectProblem(HttpStatus.UNAUTHORIZED, () -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/incidents"), IncidentPage.class));
    }

    @Test
    void viewerCannotRecordIncidents() {
        expectProblem(HttpStatus.FORBIDDEN, () -> http.toBlocking().exchange(
                accounts.as(Role.VIEWER, HttpRequest.POST("/api/v1/incidents", newIncident())), Incident.class));
    }

    @Test
    void analystRecordsReadsAndReplacesAnIncident() {
        IncidentCreate body = newIncident();
        HttpResponse<Incident> createdResponse = http.toBlocking().exchange(
                accounts.as(Role.ANALYST, HttpRequest.POST("/api/v1/incidents", body)), Incident.class);
        Incident created = createdResponse.body();

        assertThat(createdResponse.getStatus().getCode()).isEqualTo(201);
        assertThat(createdResponse.header("Location")).isEqualTo("/api/v1/incidents/" + created.getId());
        assertThat(created.getStatus()).isEqualTo(IncidentStatus.ACTIVE);
        assertThat(changes.ids).contains(created.getId());

        Incident read = get(created.getId());
        assertThat(read.getSlug()).isEqualTo(body.getSlug());
        assertThat(read.getSources()).extracting(IncidentSource::getTitle).containsExactly("Vendor advisory");
        assertThat(read.getSteps()).singleElement().satisfies(step -> {
            assertThat(step.getTechniques()).containsExactly("T1550.001");
            assertThat(step.getControls()).extracting(StepControl::getControlCode, StepControl::getStrength)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("C08", 1.0), org.assertj.core.groups.Tuple.tuple("C16", 0.5));
        });
        assertThat(read.getExploitedControls()).extracting(ExploitedControl::getControlCode, ExploitedControl::getRelevance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C08", 1.0), org.assertj.core.groups.Tuple.tuple("C16", 0.5));
        assertThat(read.getAttributions()).singleElement().satisfies(a -> assertThat(a.getConfidence())
                .isEqualTo(AttributionConfidence.SUSPECTED));
        assertThat(read.getVendorCategories()).containsExactly(VendorCategory.CRM);
        assertThat(read.getDataCategories()).containsExactlyInAnyOrder(DataCategoryCode.NAME, DataCategoryCode.EMAIL);

        IncidentUpdate update = new IncidentUpdate(read.getName(), read.getSlug(), "Now fading.", IncidentSeverity.MEDIUM, 0L)
                .status(IncidentStatus.FADING)
                .firstSeen(LocalDate.of(2025, 1, 1))
                .lastSeen(LocalDate.of(2025, 3, 1))
                .platforms(List.of(new TargetedPlatform("HubSpot")))
                .techniques(List.of(new AttackTechnique("T1528", "Steal Application Access Token")))
                .steps(List.of(step(Set.of("T1528"), new StepControl("C12", 0.5))));
        HttpResponse<Incident> updatedResponse = http.toBlocking().exchange(accounts.as(Role.ANALYST,
                HttpRequest.PUT("/api/v1/incidents/" + created.getId(), update).header("If-Match", "\"0\"")), Incident.class);

        Incident updated = updatedResponse.body();
        assertThat(updatedResponse.header("ETag")).isEqualTo("\"1\"");
        assertThat(updated.getVersion()).isEqualTo(1);
        assertThat(updated.getStatus()).isEqualTo(IncidentStatus.FADING);
        assertThat(updated.getPlatforms()).extracting(TargetedPlatform::getName).containsExactly("HubSpot");
        assertThat(updated.getExploitedControls()).extracting(ExploitedControl::getControlCode).containsExactly("C12");
        // Lists left out of the update are replaced by nothing (empty lists are omitted from responses).
        assertThat(updated.getSources()).isNullOrEmpty();
        assertThat(updated.getDataCategories()).isNullOrEmpty();
    }

    @Test
    void slugIsDerivedFromTheNameWhenLeftOut() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        IncidentCreate body = new IncidentCreate("Test Campaign " + marker + " (UNC0000)", "Summary.", IncidentSeverity.LOW);

        Incident created = create(body);

        assertThat(created.getSlug()).isEqualTo("test-campaign-" + marker + "-unc0000");
    }

    @Test
    void staleIncidentUpdateIsRejectedWith409() {
        Incident created = create(newIncident());
        IncidentUpdate update = new IncidentUpdate(created.getName(), created.getSlug(), "First change.", IncidentSeverity.HIGH, 0L);
        http.toBlocking().exchange(accounts.as(Role.ANALYST, HttpRequest.PUT("/api/v1/incidents/" + created.getId(), update)), Incident.class);

        Problem problem = expectProblem(HttpStatus.CONFLICT, () -> http.toBlocking().exchange(accounts.as(Role.ANALYST,
                HttpRequest.PUT("/api/v1/incidents/" + created.getId(), update.summary("Lost update."))), Incident.class));

        assertThat(problem.getDetail()).contains("current version 1");
        assertThat(get(created.getId()).getSummary()).isEqualTo("First change.");
    }

    @Test
    void staleIfMatchIsRejectedWith412() {
        Incident created = create(newIncident());
        IncidentUpdate update = new IncidentUpdate(created.getName(), created.getSlug(), "Change.", IncidentSeverity.HIGH, 0L);

        expectProblem(HttpStatus.PRECONDITION_FAILED, () -> http.toBlocking().exchange(accounts.as(Role.ANALYST,
                HttpRequest.PUT("/api/v1/incidents/" + created.getId(), update).header("If-Match", "\"7\"")), Incident.class));
    }

    @Test
    void unknownControlCodeIsRejectedWith422NamingTheEntry() {
        IncidentCreate body = newIncident().steps(List.of(step(Set.of(), new StepControl("C08", 1.0), new StepControl("X-NOPE", 0.5))));

        Problem problem = expectProblem(HttpStatus.UNPROCESSABLE_ENTITY, () -> create(body));

        assertThat(fields(problem)).containsExactly("steps[0].controls[1].controlCode");
        assertThat(problem.getErrors().get(0).getMessage()).contains("X-NOPE");
    }

    @Test
    void datesOutOfOrderAndUnknownVendorAreRejectedWith422() {
        IncidentCreate body = newIncident()
                .firstSeen(LocalDate.of(2025, 6, 1))
                .lastSeen(LocalDate.of(2025, 5, 1))
                .publishedOn(LocalDate.of(2025, 4, 1))
                .platforms(List.of(new TargetedPlatform("Salesforce").vendorId(999_999_999L)));

        Problem problem = expectProblem(HttpStatus.UNPROCESSABLE_ENTITY, () -> create(body));

        assertThat(fields(problem)).containsExactlyInAnyOrder("lastSeen", "publishedOn", "platforms[0].vendorId");
    }

    @Test
    void strengthOutOfRangeAndBadUrlAreRejectedWith422() {
        Map<String, Object> body = Map.of("name", "Bad " + UUID.randomUUID(), "summary", "s", "severity", "LOW",
                "steps", List.of(Map.of("name", "s", "techniques", List.of(),
                        "controls", List.of(Map.of("controlCode", "C01", "strength", 1.5)))),
                "sources", List.of(Map.of("title", "t", "url", "javascript:alert(1)")));

        Problem problem = expectProblem(HttpStatus.UNPROCESSABLE_ENTITY, () -> http.toBlocking().exchange(
                accounts.as(Role.ANALYST, HttpRequest.POST("/api/v1/incidents", body)), Incident.class));

        assertThat(fields(problem)).contains("steps[0].controls[0].strength", "sources[0].url");
    }

    @Test
    void repeatedControlInAStepIsRejectedWith422() {
        IncidentCreate body = newIncident().steps(List.of(step(Set.of(), new StepControl("C08", 1.0), new StepControl("C08", 0.5))));

        Problem problem = expectProblem(HttpStatus.UNPROCESSABLE_ENTITY, () -> create(body));

        assertThat(fields(problem)).containsExactly("steps[0].controls[1].controlCode");
    }

    @Test
    void aStepTechniqueTheIncidentDoesNotListIsRejectedWith422() {
        IncidentCreate body = newIncident().steps(List.of(step(Set.of("T1566.004"), new StepControl("C05", 0.5))));

        Problem problem = expectProblem(HttpStatus.UNPROCESSABLE_ENTITY, () -> create(body));

        assertThat(fields(problem)).containsExactly("steps[0].techniques[0]");
    }

    @Test
    void aPlatformNamedByAVendorsAliasIsLinkedToThatVendor() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long drift = io.tollgate.testsupport.VendorBuilder.vendor().with("name", "Salesloft " + marker)
                .with("aliases", List.of("Drift " + marker)).create(analyst());

        Incident created = create(newIncident().platforms(List.of(new TargetedPlatform("drift " + marker)
                .role(PlatformRole.COMPROMISED))));

        assertThat(created.getPlatforms()).singleElement().satisfies(p -> {
            assertThat(p.getVendorId()).isEqualTo(drift);
            assertThat(p.getRole()).isEqualTo(PlatformRole.COMPROMISED);
        });
    }

    @Test
    void aPlatformNamedBeforeItsVendorExistedIsLinkedWhenTheVendorIsRegistered() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Incident created = create(newIncident().platforms(List.of(new TargetedPlatform("Gainsight " + marker))));
        assertThat(created.getPlatforms()).singleElement().satisfies(p -> assertThat(p.getVendorId()).isNull());
        changes.ids.clear();

        long vendorId = io.tollgate.testsupport.VendorBuilder.vendor().with("name", "Gainsight " + marker).create(analyst());

        assertThat(get(created.getId()).getPlatforms()).singleElement()
                .satisfies(p -> assertThat(p.getVendorId()).isEqualTo(vendorId));
        assertThat(changes.ids).as("the incident's vendors are re-scored").contains(created.getId());
    }

    private static IncidentStep step(Set<String> techniques, StepControl... controls) {
        return new IncidentStep("The attack", new java.util.LinkedHashSet<>(techniques), List.of(controls));
    }

    @Test
    void duplicateSlugIsRejectedWith409() {
        IncidentCreate body = newIncident();
        create(body);

        expectProblem(HttpStatus.CONFLICT, () -> create(newIncident().slug(body.getSlug())));
    }

    @Test
    void unknownIncidentIsNotFound() {
        expectProblem(HttpStatus.NOT_FOUND, () -> http.toBlocking().exchange(
                accounts.as(Role.VIEWER, HttpRequest.GET("/api/v1/incidents/999999999")), Incident.class));
    }

    private Incident create(IncidentCreate body) {
        return http.toBlocking().retrieve(accounts.as(Role.ANALYST, HttpRequest.POST("/api/v1/incidents", body)), Incident.class);
    }

    private Incident get(long id) {
        return http.toBlocking().retrieve(accounts.as(Role.VIEWER, HttpRequest.GET("/api/v1/incidents/" + id)), Incident.class);
    }

    private static IncidentCreate newIncident() {
        String marker = UUID.randomUUID().toString().substring(0, 12);
        return new IncidentCreate("Test CRM token abuse " + marker, "Tokens of a CRM integration were replayed.", IncidentSeverity.HIGH)
                .slug("test-crm-token-abuse-" + marker)
                .threatActor("UNC0000")
                .firstSeen(LocalDate.of(2025, 8, 1))
                .publishedOn(LocalDate.of(2025, 8, 20))
                .sources(List.of(new IncidentSource("Vendor advisory", "https://example.com/advisory").publisher("Example")))
                .platforms(List.of(new TargetedPlatform("Salesforce")))
                .vendorCategories(Set.of(VendorCategory.CRM))
                .techniques(List.of(new AttackTechnique("T1550.001", "Use Alternate Authentication Material: Application Access Token")))
                .steps(List.of(step(Set.of("T1550.001"), new StepControl("C08", 1.0), new StepControl("C16", 0.5))))
                .attributions(List.of(new IncidentAttribution("UNC0000", AttributionConfidence.SUSPECTED, "Example")))
                .dataCategories(Set.of(DataCategoryCode.NAME, DataCategoryCode.EMAIL));
    }
}
