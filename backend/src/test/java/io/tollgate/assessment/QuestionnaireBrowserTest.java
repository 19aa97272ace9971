package io.tollgate.assessment;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.browser.BrowserFlows;
import io.tollgate.security.Role;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.Invitation;
import io.tollgate.testsupport.TemplateBuilder;
import io.tollgate.testsupport.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.TemplateBuilder.question;
import static org.assertj.core.api.Assertions.assertThat;

/** The questionnaire in a real browser: the vendor answers in the portal, the analyst reviews and completes. */
@MicronautTest(transactional = false)
class QuestionnaireBrowserTest extends IntegrationTest {

    @Test
    void aVendorAnswersInThePortalAndCompletingTheReviewSetsItsControlStatuses() {
        String name = TestUsers.unique("Contact centre security review");
        long templateId = TemplateBuilder.template().with("name", name)
                .add(question("helpdesk", "SINGLE_CHOICE", "How does the help desk verify callers?", true, Map.of(
                        "options", List.of(Map.of("value", "CALLBACK", "label", "Call back on a registered number"),
                                Map.of("value", "NONE", "label", "Name and employee number")),
                        "controls", List.of(Map.of("controlCode", "C04", "rules", List.of(
                                Map.of("answers", List.of("CALLBACK"), "status", "MET"),
                                Map.of("answers", List.of("NONE"), "status", "NOT_MET")))))))
                .add(question("admins", "NUMBER", "How many people have admin rights?", true, Map.of()))
                .add(question("notes", "TEXT", "Anything else we should know?", false, Map.of()))
                .add(question("pentest", "DATE", "When was your last penetration test?", true, Map.of()))
                .create(analyst());
        Invitation invitation = Invitation.send(analyst(), templateId);
        // An earlier override on MFA, so that completing shows the analyst a conflict to decide.
        assertThat(analyst().put("/api/v1/vendors/" + invitation.vendorId() + "/controls/C01",
                Map.of("status", "NOT_MET", "reason", "Push MFA only, seen on a call", "version", 0)).status()).isEqualTo(200);

        BrowserFlows.run(server.getURI(), "questionnaire-review", Map.of(
                "token", invitation.token(),
                "assessmentId", invitation.assessmentId(),
                "analystToken", TestUsers.tokenFor(Role.ANALYST, users, hasher, anonymous),
                "templateName", name), json);

        Map<String, Object> assessment = viewer().get("/api/v1/assessments/" + invitation.assessmentId()).map();
        assertThat(assessment).containsEntry("status", "COMPLETED");
        assertThat(assessment.get("answers").toString()).contains("value=12", "value=2026-10-01", "reviewStatus=ACCEPTED");
        List<Map<String, Object>> controls = viewer().get("/api/v1/vendors/" + invitation.vendorId() + "/controls").list();
        assertThat(control(controls, "C01")).containsEntry("status", "MET").containsEntry("evidence", "DOCUMENTED");
        assertThat(control(controls, "C03")).containsEntry("status", "NOT_MET");
        assertThat(control(controls, "C04")).containsEntry("status", "MET");
    }

    private static Map<String, Object> control(List<Map<String, Object>> controls, String code) {
        return controls.stream().filter(c -> code.equals(c.get("controlCode"))).findFirst().orElseThrow();
    }
}
