package io.tollgate.questionnaire;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.tollgate.testsupport.ApiClient.fieldErrors;
import static io.tollgate.testsupport.TemplateBuilder.question;
import static io.tollgate.testsupport.TemplateBuilder.template;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class QuestionnaireTemplateApiTest extends IntegrationTest {
    static final String BASELINE = "SaaS security baseline (2025 campaign edition)";

    @Test
    @SuppressWarnings("unchecked")
    void builtInBaselineCoversEveryCatalogueControl() {
        Map<String, Object> summary = viewer().get("/api/v1/questionnaire-templates").list().stream()
                .filter(t -> BASELINE.equals(t.get("name"))).findFirst().orElseThrow();
        assertThat(summary).containsEntry("builtin", true).containsEntry("status", "PUBLISHED");

        Response read = viewer().get("/api/v1/questionnaire-templates/" + summary.get("id"));
        assertThat(read.status()).isEqualTo(200);
        List<Map<String, Object>> questions = questions(read.map());
        Set<String> mapped = new TreeSet<>();
        questions.forEach(q -> ((List<Map<String, Object>>) q.get("controls")).forEach(c -> mapped.add((String) c.get("controlCode"))));
        Set<String> catalogue = new TreeSet<>();
        for (int i = 1; i <= 36; i++) {
            catalogue.add(String.format("C%02d", i));
        }
        assertThat(mapped).containsAll(catalogue);

        Map<String, Object> methods = questions.stream().filter(q -> q.get("key").equals("C01.methods")).findFirst().orElseThrow();
        assertThat(methods).containsEntry("type", "MULTI_CHOICE")
                .containsEntry("showWhen", Map.of("questionKey", "C01.mfa", "answers", List.of("YES", "PARTIAL")));
        assertThat(questions).anySatisfy(q -> assertThat(q).containsEntry("type", "FILE").containsEntry("key", "C29.report"));
        assertThat(summary.get("questionCount")).isEqualTo(questions.size());
    }

    @Test
    void createdTemplateIsReadBackAndExportsAsAnImportableDocument() {
        Map<String, Object> body = template().with("description", "Short test questionnaire").build();
        Response created = analyst().post("/api/v1/questionnaire-templates", body);
        assertThat(created.status()).isEqualTo(201);
        long id = ((Number) created.map().get("id")).longValue();
        assertThat(created.header("Location")).isEqualTo("/api/v1/questionnaire-templates/" + id);
        assertThat(created.map()).containsEntry("builtin", false).containsEntry("questionCount", 4).containsEntry("status", "PUBLISHED");

        Response exported = viewer().get("/api/v1/questionnaire-templates/" + id + "/export");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.header("Content-Disposition")).startsWith("attachment; filename=");
        Map<String, Object> document = exported.map();
        assertThat(questions(document)).extracting(q -> q.get("key")).containsExactly("mfa", "mfa.methods", "mfa.evidence", "sso");

        // The export imports as a new version of the same questionnaire.
        document.put("version", 2);
        Response imported = analyst().post("/api/v1/questionnaire-templates", document);
        assertThat(imported.status()).isEqualTo(201);
        Map<String, Object> copy = imported.map();
        assertThat(questions(copy)).hasSize(4);
        assertThat(questions(copy).get(0).get("controls")).isEqualTo(questions(created.map()).get(0).get("controls"));
        assertThat(questions(copy).get(1).get("showWhen")).isEqualTo(Map.of("questionKey", "mfa", "answers", List.of("YES", "PARTIAL")));
    }

    @Test
    void csvExportImportsBackAsTheSameQuestionnaire() {
        long id = template().create(analyst());
        Response csv = viewer().get("/api/v1/questionnaire-templates/" + id + "/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("section,key,type,text,help_text,required,options,show_when,warning_answers,warning_message,controls")
                .contains("C01:YES>MET; C01:PARTIAL>PARTIAL; C01:NO>NOT_MET").contains("C01:PROVIDED>/DOCUMENTED");

        Response imported = analyst().send("POST", "/api/v1/questionnaire-templates/csv?name=Imported%20" + id + "&version=3",
                csv.body(), "text/csv");

        assertThat(imported.status()).isEqualTo(201);
        Map<String, Object> original = viewer().get("/api/v1/questionnaire-templates/" + id).map();
        List<Map<String, Object>> copied = questions(imported.map());
        assertThat(copied).hasSize(4);
        for (int i = 0; i < copied.size(); i++) {
            Map<String, Object> expected = new java.util.HashMap<>(questions(original).get(i));
            Map<String, Object> actual = new java.util.HashMap<>(copied.get(i));
            expected.remove("id");
            actual.remove("id");
            assertThat(actual).isEqualTo(expected);
        }
    }

    @Test
    void csvRowsWithErrorsAreNamedByRowAndColumn() {
        String csv = """
                section,key,type,text,help_text,required,options,show_when,warning_answers,warning_message,controls
                Identity,mfa,YES_NO_PARTIAL_NA,Is MFA enforced?,,yes,,,,,C01:YES>MET
                Identity,sso,MAYBE,Is SSO enforced?,,yes,,,,,C03:YES=MET
                """;

        Response r = analyst().send("POST", "/api/v1/questionnaire-templates/csv?name=Broken", csv, "text/csv");

        assertThat(r.status()).isEqualTo(422);
        assertThat(fieldErrors(r)).containsKeys("rows[2].type", "rows[2].controls");
    }

    @Test
    void sameNameAndVersionIsAConflict() {
        Map<String, Object> body = template().build();
        assertThat(analyst().post("/api/v1/questionnaire-templates", body).status()).isEqualTo(201);
        assertThat(analyst().post("/api/v1/questionnaire-templates", body).status()).isEqualTo(409);
    }

    @Test
    void brokenReferencesAreRejectedField() {
        Map<String, Object> body = template()
                .add(question("mfa", "TEXT", "Duplicate key", false, Map.of()))
                .add(question("late", "YES_NO_PARTIAL_NA", "Shown when a later question says yes", false,
                        Map.of("showWhen", Map.of("questionKey", "nowhere", "answers", List.of("YES")))))
                .add(question("bad.rule", "YES_NO_PARTIAL_NA", "Maps an unknown control and answer", false,
                        Map.of("controls", List.of(Map.of("controlCode", "C99", "rules", List.of(Map.of("answers", List.of("MAYBE"), "status", "MET")))))))
                .add(question("text.rule", "TEXT", "A free text cannot set a status", false,
                        Map.of("controls", List.of(Map.of("controlCode", "C01", "rules", List.of(Map.of("answers", List.of("YES"), "status", "MET")))))))
                .build();

        Response r = analyst().post("/api/v1/questionnaire-templates", body);

        assertThat(r.status()).isEqualTo(422);
        assertThat(fieldErrors(r)).containsKeys("sections[0].questions[4].key", "sections[0].questions[5].showWhen.questionKey",
                "sections[0].questions[6].controls", "sections[0].questions[6].controls(C99).rules", "sections[0].questions[7].controls");
    }

    @Test
    void viewersCannotCreateTemplates() {
        assertThat(viewer().post("/api/v1/questionnaire-templates", template().build()).status()).isEqualTo(403);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> questions(Map<String, Object> template) {
        return ((List<Map<String, Object>>) template.get("sections")).stream()
                .flatMap(s -> ((List<Map<String, Object>>) s.get("questions")).stream()).toList();
    }
}
