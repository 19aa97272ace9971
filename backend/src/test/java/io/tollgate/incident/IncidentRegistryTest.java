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
import io.tollgate.api.model.ExploitedControl;
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
class IncidentRegistryTest {

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
        assertThat(drift.getExploitedControls()).filteredOn(c -> c.getControlCode().equals("C12")).singleElement()
                .satisfies(c -> {
                    assertThat(c.getRelevance()).isEqualTo(1.0);
                    assertThat(c.getControlName()).isEqualTo("Network restriction for tokens");
                });
        Incident vishing = page.getItems().stream().filter(i -> i.getSlug().equals("unc6040-salesforce-vishing")).findFirst().orElseThrow();
        assertThat(vishing.getExploitedControls()).hasSize(27);
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
        assertThat(read.getExploitedControls()).extracting(ExploitedControl::getControlCode, ExploitedControl::getRelevance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C08", 1.0), org.assertj.core.groups.Tuple.tuple("C16", 0.5));
        assertThat(read.getVendorCategories()).containsExactly(VendorCategory.CRM);
        assertThat(read.getDataCategories()).containsExactlyInAnyOrder(DataCategoryCode.NAME, DataCategoryCode.EMAIL);

        IncidentUpdate update = new IncidentUpdate(read.getName(), read.getSlug(), "Now fading.", IncidentSeverity.MEDIUM, 0L)
                .status(IncidentStatus.FADING)
                .firstSeen(LocalDate.of(2025, 1, 1))
                .lastSeen(LocalDate.of(2025, 3, 1))
                .platforms(List.of(new TargetedPlatform("HubSpot")))
                .exploitedControls(List.of(new ExploitedControl("C12", 0.5)));
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
        IncidentCreate body = newIncident().exploitedControls(List.of(new ExploitedControl("C08", 1.0), new ExploitedControl("X-NOPE", 0.5)));

        Problem problem = expectProblem(HttpStatus.UNPROCESSABLE_ENTITY, () -> create(body));

        assertThat(fields(problem)).containsExactly("exploitedControls[1].controlCode");
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
    void relevanceOutOfRangeAndBadUrlAreRejectedWith422() {
        Map<String, Object> body = Map.of("name", "Bad " + UUID.randomUUID(), "summary", "s", "severity", "LOW",
                "exploitedControls", List.of(Map.of("controlCode", "C01", "relevance", 1.5)),
                "sources", List.of(Map.of("title", "t", "url", "javascript:alert(1)")));

        Problem problem = expectProblem(HttpStatus.UNPROCESSABLE_ENTITY, () -> http.toBlocking().exchange(
                accounts.as(Role.ANALYST, HttpRequest.POST("/api/v1/incidents", body)), Incident.class));

        assertThat(fields(problem)).contains("exploitedControls[0].relevance", "sources[0].url");
    }

    @Test
    void repeatedControlIsRejectedWith422() {
        IncidentCreate body = newIncident().exploitedControls(List.of(new ExploitedControl("C08", 1.0), new ExploitedControl("C08", 0.5)));

        Problem problem = expectProblem(HttpStatus.UNPROCESSABLE_ENTITY, () -> create(body));

        assertThat(fields(problem)).containsExactly("exploitedControls[1].controlCode");
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
                .exploitedControls(List.of(new ExploitedControl("C08", 1.0), new ExploitedControl("C16", 0.5)))
                .dataCategories(Set.of(DataCategoryCode.NAME, DataCategoryCode.EMAIL));
    }
}
