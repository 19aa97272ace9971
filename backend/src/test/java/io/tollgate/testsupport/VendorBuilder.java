package io.tollgate.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A valid vendor request body with a unique name; tests change only what they are about. */
public final class VendorBuilder {
    private final Map<String, Object> body = new LinkedHashMap<>();

    private VendorBuilder(String name) {
        body.put("name", name);
        body.put("website", "https://vendor.example");
        body.put("category", "CONTACT_CENTRE");
        body.put("tier", "HIGH");
    }

    public static VendorBuilder vendor() {
        return new VendorBuilder(TestUsers.unique("Vendor"));
    }

    public static VendorBuilder vendor(String namePrefix) {
        return new VendorBuilder(TestUsers.unique(namePrefix));
    }

    public VendorBuilder with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public VendorBuilder without(String field) {
        body.remove(field);
        return this;
    }

    public VendorBuilder platforms(Long... ids) {
        body.put("platformIds", new ArrayList<>(List.of(ids)));
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(body);
    }

    /** Creates the vendor and returns its id. */
    public long create(ApiClient client) {
        ApiClient.Response created = client.post("/api/v1/vendors", build());
        if (created.status() != 201) {
            throw new IllegalStateException("create failed: " + created);
        }
        return ((Number) created.map().get("id")).longValue();
    }
}
