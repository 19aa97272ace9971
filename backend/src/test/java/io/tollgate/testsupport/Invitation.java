package io.tollgate.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An assessment sent to a fresh vendor, with the portal client its invitation token signs in. */
public record Invitation(long assessmentId, long vendorId, long templateId, String token, ApiClient portal) {

    /** Sends a template (by default {@link TemplateBuilder}'s) to a new vendor. */
    public static Invitation send(ApiClient analyst, long templateId) {
        long vendorId = VendorBuilder.vendor("Assessed").create(analyst);
        ApiClient.Response created = analyst.post("/api/v1/assessments", Map.of("vendorId", vendorId, "templateId", templateId,
                "dueDate", LocalDate.now().plusDays(30).toString(), "respondentEmail", "security@vendor.example"));
        if (created.status() != 201) {
            throw new IllegalStateException("create failed: " + created);
        }
        String token = (String) created.map().get("portalToken");
        return new Invitation(((Number) created.map().get("id")).longValue(), vendorId, templateId, token, analyst.as(token));
    }

    public static Invitation send(ApiClient analyst) {
        return send(analyst, TemplateBuilder.template().create(analyst));
    }

    /** The portal's id of the question with this key. */
    @SuppressWarnings("unchecked")
    public long questionId(String key) {
        Map<String, Object> view = portal.get("/api/v1/portal/assessment").map();
        return ((List<Map<String, Object>>) view.get("sections")).stream()
                .flatMap(s -> ((List<Map<String, Object>>) s.get("questions")).stream())
                .filter(q -> q.get("key").equals(key)).map(q -> ((Number) q.get("id")).longValue()).findFirst().orElseThrow();
    }

    public ApiClient.Response answer(String key, Object value, long version) {
        Map<String, Object> body = value instanceof List<?> list ? Map.of("values", list, "version", version)
                : Map.of("value", value, "version", version);
        return portal.put("/api/v1/portal/assessment/answers/" + questionId(key), body);
    }

    /** Accepts every answered question of the submitted assessment, as an analyst reviewing it does. */
    @SuppressWarnings("unchecked")
    public void acceptAll(ApiClient analyst) {
        Map<String, Object> detail = analyst.get("/api/v1/assessments/" + assessmentId).map();
        for (Map<String, Object> answer : (List<Map<String, Object>>) detail.get("answers")) {
            if (Boolean.TRUE.equals(answer.get("answered")) && !"ACCEPTED".equals(answer.get("reviewStatus"))) {
                ApiClient.Response reviewed = analyst.put("/api/v1/assessments/" + assessmentId + "/answers/"
                        + answer.get("questionId") + "/review", Map.of("decision", "ACCEPTED"));
                if (reviewed.status() != 200) {
                    throw new IllegalStateException("review failed: " + reviewed);
                }
            }
        }
    }

    /** Completes the submitted assessment (every answer accepted first); returns the response. */
    public ApiClient.Response complete(ApiClient analyst) {
        acceptAll(analyst);
        Object version = analyst.get("/api/v1/assessments/" + assessmentId).map().get("version");
        return analyst.post("/api/v1/assessments/" + assessmentId + "/status", Map.of("status", "COMPLETED", "version", version));
    }
}
