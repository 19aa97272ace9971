package io.tollgate.integration;

import io.micronaut.core.io.ResourceResolver;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The scope an API token needs for each operation, read from the contract's {@code x-required-scope}, so the
 * contract the clients read and the check the server makes cannot drift apart. Operations without one (sign-in,
 * the portal, API token management, anything added without thinking about machine clients) are closed to API tokens.
 */
@Singleton
public class OperationScopes {
    static final String CONTRACT = "classpath:tollgate/contract/openapi.yaml";
    static final String EXTENSION = "x-required-scope";

    private final Map<String, String> byOperationId;

    public OperationScopes(ResourceResolver resources) {
        try (InputStream in = resources.getResourceAsStream(CONTRACT)
                .orElseThrow(() -> new IllegalStateException(CONTRACT + " is missing"))) {
            this.byOperationId = Map.copyOf(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scope {@code operationId} requires, or empty if API tokens may not call it. */
    public Optional<String> required(String operationId) {
        return Optional.ofNullable(byOperationId.get(operationId));
    }

    Map<String, String> all() {
        return byOperationId;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> read(InputStream contract) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(contract);
        Map<String, String> scopes = new HashMap<>();
        Map<String, Object> paths = (Map<String, Object>) root.get("paths");
        for (Object pathItem : paths.values()) {
            for (Object operation : ((Map<String, Object>) pathItem).values()) {
                if (operation instanceof Map<?, ?> op && op.get("operationId") instanceof String id
                        && op.get(EXTENSION) instanceof String scope) {
                    scopes.put(id, scope);
                }
            }
        }
        return scopes;
    }
}
