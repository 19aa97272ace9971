package io.tollgate.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small questionnaire template request body with a unique name: a required MFA question mapped to C01,
 * a follow-up shown only when MFA is YES or PARTIAL, an optional evidence upload for C01, and a required
 * SSO question mapped to C03. Tests add or change only what they are about.
 */
public final class TemplateBuilder {
    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> questions = new ArrayList<>();

    private TemplateBuilder(String name) {
        body.put("name", name);
        body.put("version", 1);
        questions.add(question("mfa", "YES_NO_PARTIAL_NA", "Is MFA enforced for every login?", true,
                Map.of("controls", List.of(Map.of("controlCode", "C01", "rules", List.of(
                        Map.of("answers", List.of("YES"), "status", "MET"),
                        Map.of("answers", List.of("PARTIAL"), "status", "PARTIAL"),
                        Map.of("answers", List.of("NO"), "status", "NOT_MET")))),
                        "policyWarning", Map.of("answers", List.of("NO", "PARTIAL"), "message", "Describe the compensating control."))));
        questions.add(question("mfa.methods", "MULTI_CHOICE", "Which MFA methods?", true, Map.of(
                "options", List.of(Map.of("value", "FIDO2", "label", "Security keys"), Map.of("value", "SMS", "label", "SMS codes")),
                "showWhen", Map.of("questionKey", "mfa", "answers", List.of("YES", "PARTIAL")))));
        questions.add(question("mfa.evidence", "FILE", "Upload your MFA policy.", false, Map.of(
                "controls", List.of(Map.of("controlCode", "C01", "rules", List.of(
                        Map.of("answers", List.of("PROVIDED"), "evidence", "DOCUMENTED")))))));
        questions.add(question("sso", "YES_NO_PARTIAL_NA", "Is SSO enforced?", true, Map.of(
                "controls", List.of(Map.of("controlCode", "C03", "rules", List.of(
                        Map.of("answers", List.of("YES"), "status", "MET"),
                        Map.of("answers", List.of("NO"), "status", "NOT_MET")))))));
    }

    public static TemplateBuilder template() {
        return new TemplateBuilder(TestUsers.unique("Template"));
    }

    public static Map<String, Object> question(String key, String type, String text, boolean required, Map<String, Object> more) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("key", key);
        q.put("type", type);
        q.put("text", text);
        q.put("required", required);
        q.putAll(more);
        return q;
    }

    public TemplateBuilder with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public TemplateBuilder add(Map<String, Object> question) {
        questions.add(question);
        return this;
    }

    public Map<String, Object> build() {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put("sections", List.of(Map.of("title", "Identity", "questions", new ArrayList<>(questions))));
        return copy;
    }

    /** Creates the template and returns its id. */
    public long create(ApiClient client) {
        ApiClient.Response created = client.post("/api/v1/questionnaire-templates", build());
        if (created.status() != 201) {
            throw new IllegalStateException("create failed: " + created);
        }
        return ((Number) created.map().get("id")).longValue();
    }
}
