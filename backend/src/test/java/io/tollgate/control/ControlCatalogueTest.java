package io.tollgate.control;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.api.model.AttackTechnique;
import io.tollgate.api.model.Control;
import io.tollgate.api.model.ControlCreate;
import io.tollgate.api.model.ControlDomain;
import io.tollgate.api.model.ControlUpdate;
import io.tollgate.api.model.Framework;
import io.tollgate.api.model.FrameworkMapping;
import io.tollgate.api.model.Problem;
import io.tollgate.security.Role;
import io.tollgate.testsupport.TestAccounts;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.tollgate.testsupport.Problems.expectProblem;
import static io.tollgate.testsupport.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ControlCatalogueTest {
    private static final Argument<List<Control>> CONTROL_LIST = Argument.listOf(Control.class);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    @Test
    void catalogueIsSeededWithTheThirtySixBuiltInControls() {
        List<Control> builtin = listControls("").stream().filter(Control::getBuiltin).toList();

        assertThat(builtin).extracting(Control::getCode)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 36).mapToObj(i -> String.format("C%02d", i)).toList());
        Control c08 = builtin.get(7);
        assertThat(c08.getName()).isEqualTo("Connected-app / OAuth allowlist");
        assertThat(c08.getBaseWeight()).isEqualTo(5);
        assertThat(c08.getDomain()).isEqualTo(ControlDomain.INTEGRATIONS);
        assertThat(c08.getTechniques()).extracting(AttackTechnique::getId)
                .containsExactlyInAnyOrder("T1671", "T1036", "T1528", "T1550.001");
        assertThat(c08.getMappings()).extracting(m -> m.getFramework() + " " + m.getReference()).containsExactlyInAnyOrder(
                "NIST_CSF_2 PR.PS-05", "NIST_CSF_2 PR.AA-05", "ISO_27001_2022 A.5.23", "ISO_27001_2022 A.8.9",
                "CSA_CCM_4 IAM-16", "CSA_CCM_4 CCC-04", "CSA_SSCF IAM-SaaS-19", "CSA_SSCF IPY-SaaS-02");
        // Every built-in control maps to all three core frameworks.
        for (Control c : builtin) {
            assertThat(c.getMappings()).extracting(FrameworkMapping::getFramework)
                    .as(c.getCode()).contains(Framework.NIST_CSF_2, Framework.ISO_27001_2022, Framework.CSA_CCM_4);
        }
        int totalWeight = builtin.stream().mapToInt(Control::getBaseWeight).sum();
        assertThat(totalWeight).isEqualTo(120);
    }

    @Test
    void oneControlIsReadByCodeWithItsETag() {
        HttpResponse<Control> response = http.toBlocking().exchange(
                accounts.as(Role.VIEWER, HttpRequest.GET("/api/v1/controls/C02")), Control.class);

        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        Control c02 = response.body();
        assertThat(c02.getName()).isEqualTo("Phishing-resistant MFA");
        assertThat(c02.getTechniques()).extracting(AttackTechnique::getId).containsExactlyInAnyOrder("T1111", "T1598.004", "T1621");
    }

    @Test
    void filteringByTechniqueAlsoFindsSubTechniques() {
        List<String> exact = listControls("?technique=T1550.001").stream().map(Control::getCode).toList();
        List<String> parent = listControls("?technique=T1550").stream().map(Control::getCode).toList();

        assertThat(exact).contains("C08", "C09", "C10", "C12").doesNotContain("C13");
        assertThat(parent).containsAll(exact).contains("C13");
    }

    @Test
    void filteringByFrameworkAndDomainNarrowsTheList() {
        List<Control> sscf = listControls("?framework=CSA_SSCF&domain=NETWORK");

        assertThat(sscf).extracting(Control::getCode).containsExactly("C11", "C12");
    }

    @Test
    void unknownControlIsNotFound() {
        expectProblem(HttpStatus.NOT_FOUND, () -> http.toBlocking().exchange(
                accounts.as(Role.VIEWER, HttpRequest.GET("/api/v1/controls/C99")), Control.class));
    }

    @Test
    void readingTheCatalogueWithoutATokenIsUnauthorized() {
        expectProblem(HttpStatus.UNAUTHORIZED, () -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/controls"), CONTROL_LIST));
    }

    @Test
    void viewerAndAnalystCannotAddControls() {
        ControlCreate body = customControl(uniqueCode());
        expectProblem(HttpStatus.FORBIDDEN, () -> http.toBlocking().exchange(
                accounts.as(Role.VIEWER, HttpRequest.POST("/api/v1/controls", body)), Control.class));
        expectProblem(HttpStatus.FORBIDDEN, () -> http.toBlocking().exchange(
                accounts.as(Role.ANALYST, HttpRequest.POST("/api/v1/controls", body)), Control.class));
    }

    @Test
    void adminAddsACustomControlWithMappingsAndTechniques() {
        String code = uniqueCode();
        HttpResponse<Control> response = create(customControl(code));

        assertThat(response.getStatus().getCode()).isEqualTo(201);
        assertThat(response.header("Location")).isEqualTo("/api/v1/controls/" + code);
        Control created = response.body();
        assertThat(created.getBuiltin()).isFalse();
        assertThat(created.getVersion()).isZero();
        assertThat(created.getMappings()).extracting(FrameworkMapping::getReference).containsExactly("PR.AA-05");
        assertThat(get(code).getTechniques()).extracting(AttackTechnique::getId).containsExactly("T1078.004");
    }

    @Test
    void customControlWithoutACodeGetsTheNextGeneratedCode() {
        ControlCreate body = customControl(null);
        Control first = create(body).body();
        Control second = create(customControl(null)).body();

        assertThat(first.getCode()).matches("X-\\d{3,}");
        assertThat(Integer.parseInt(second.getCode().substring(2))).isGreaterThan(Integer.parseInt(first.getCode().substring(2)));
    }

    @Test
    void duplicateCodeIsRejectedWith409() {
        String code = uniqueCode();
        create(customControl(code));

        Problem problem = expectProblem(HttpStatus.CONFLICT, () -> create(customControl(code)));
        assertThat(problem.getDetail()).contains(code);
    }

    @Test
    void builtInCodeCannotBeClaimedByACustomControl() {
        Problem problem = expectProblem(HttpStatus.UNPROCESSABLE_ENTITY, () -> create(customControl("C01")));

        assertThat(fields(problem)).contains("code");
    }

    @Test
    void invalidControlIsRejectedWith422AndNamesEachField() {
        Map<String, Object> body = Map.of("code", "X-BAD", "name", "", "description", "d", "domain", "NETWORK",
                "baseWeight", 9, "techniques", List.of(Map.of("id", "1566", "name", "x")));

        Problem problem = expectProblem(HttpStatus.UNPROCESSABLE_ENTITY, () -> http.toBlocking().exchange(
                accounts.as(Role.ADMIN, HttpRequest.POST("/api/v1/controls", body)), Control.class));

        assertThat(fields(problem)).contains("name", "baseWeight", "techniques[0].id");
    }

    @Test
    void repeatedTechniqueIsRejectedWith422() {
        ControlCreate body = customControl(uniqueCode()).techniques(List.of(
                new AttackTechnique("T1078.004", "Valid Accounts: Cloud Accounts"),
                new AttackTechnique("T1078.004", "Valid Accounts: Cloud Accounts")));

        Problem problem = expectProblem(HttpStatus.UNPROCESSABLE_ENTITY, () -> create(body));

        assertThat(fields(problem)).containsExactly("techniques[1].id");
    }

    @Test
    void adminUpdatesACustomControlAndItsListsAreReplaced() {
        String code = uniqueCode();
        Control created = create(customControl(code)).body();

        ControlUpdate update = new ControlUpdate(created.getName() + " (revised)", "Revised.", ControlDomain.IDENTITY, 4, 0L)
                .mappings(List.of(new FrameworkMapping(Framework.ISO_27001_2022, "A.8.2")));
        HttpResponse<Control> response = http.toBlocking().exchange(accounts.as(Role.ADMIN,
                HttpRequest.PUT("/api/v1/controls/" + code, update).header("If-Match", "\"0\"")), Control.class);

        Control updated = response.body();
        assertThat(response.header("ETag")).isEqualTo("\"1\"");
        assertThat(updated.getVersion()).isEqualTo(1);
        assertThat(updated.getBaseWeight()).isEqualTo(4);
        assertThat(updated.getMappings()).extracting(FrameworkMapping::getReference).containsExactly("A.8.2");
        // Empty lists are left out of responses (serde default inclusion NON_EMPTY), so the client sees null.
        assertThat(updated.getTechniques()).isNullOrEmpty();
    }

    @Test
    void staleControlUpdateIsRejectedWith409() {
        String code = uniqueCode();
        Control created = create(customControl(code)).body();
        ControlUpdate update = new ControlUpdate(created.getName(), "First change.", ControlDomain.ACCESS, 3, 0L);
        http.toBlocking().exchange(accounts.as(Role.ADMIN, HttpRequest.PUT("/api/v1/controls/" + code, update)), Control.class);

        expectProblem(HttpStatus.CONFLICT, () -> http.toBlocking().exchange(
                accounts.as(Role.ADMIN, HttpRequest.PUT("/api/v1/controls/" + code, update.description("Lost update."))), Control.class));
        assertThat(get(code).getDescription()).isEqualTo("First change.");
    }

    @Test
    void builtInControlsCannotBeChanged() {
        ControlUpdate update = new ControlUpdate("MFA for everyone", "Changed.", ControlDomain.IDENTITY, 1, 0L);

        expectProblem(HttpStatus.CONFLICT, () -> http.toBlocking().exchange(
                accounts.as(Role.ADMIN, HttpRequest.PUT("/api/v1/controls/C01", update)), Control.class));
        assertThat(get("C01").getBaseWeight()).isEqualTo(5);
    }

    private List<Control> listControls(String query) {
        return http.toBlocking().retrieve(accounts.as(Role.VIEWER, HttpRequest.GET("/api/v1/controls" + query)), CONTROL_LIST);
    }

    private Control get(String code) {
        return http.toBlocking().retrieve(accounts.as(Role.VIEWER, HttpRequest.GET("/api/v1/controls/" + code)), Control.class);
    }

    private HttpResponse<Control> create(ControlCreate body) {
        return http.toBlocking().exchange(accounts.as(Role.ADMIN, HttpRequest.POST("/api/v1/controls", body)), Control.class);
    }

    private static String uniqueCode() {
        return "X-T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static ControlCreate customControl(String code) {
        return new ControlCreate("Vendor admins use PAM " + UUID.randomUUID(),
                "Vendor administrators reach our tenant only through a PAM vault with session recording.",
                ControlDomain.ACCESS, 3)
                .code(code)
                .mappings(List.of(new FrameworkMapping(Framework.NIST_CSF_2, "PR.AA-05")))
                .techniques(List.of(new AttackTechnique("T1078.004", "Valid Accounts: Cloud Accounts")));
    }
}
