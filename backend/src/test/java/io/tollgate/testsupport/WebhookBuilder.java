package io.tollgate.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A webhook subscription request body; {@link #create} returns the created subscription (with its secret). */
public final class WebhookBuilder {
    private final Map<String, Object> body = new LinkedHashMap<>();

    private WebhookBuilder(String url, String... eventTypes) {
        body.put("url", url);
        body.put("description", TestUsers.unique("Hook"));
        body.put("eventTypes", new ArrayList<>(List.of(eventTypes)));
    }

    public static WebhookBuilder webhook(String url, String... eventTypes) {
        return new WebhookBuilder(url, eventTypes.length == 0 ? new String[]{"incident.published"} : eventTypes);
    }

    public WebhookBuilder with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(body);
    }

    public Map<String, Object> create(ApiClient admin) {
        ApiClient.Response created = admin.post("/api/v1/webhooks", build());
        if (created.status() != 201) {
            throw new IllegalStateException("create failed: " + created);
        }
        return created.map();
    }
}
