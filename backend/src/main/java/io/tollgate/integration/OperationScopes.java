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
import java.util.Locale;
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
    private final Map<String, String> byRoute;

    public OperationScopes(ResourceResolver resources) {
        Map<String, String> operations = new HashMap<>();
        Map<String, String> routes = new HashMap<>();
        try (InputStream in = resources.getResourceAsStream(CONTRACT)
                .orElseThrow(() -> new IllegalStateException(CONTRACT + " is missing"))) {
            read(in, operations, routes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.byOperationId = Map.copyOf(operations);
        this.byRoute = Map.copyOf(routes);
    }

    /** The scope {@code operationId} requires, or empty if API tokens may not call it. */
    public Optional<String> required(String operationId) {
        return Optional.ofNullable(byOperationId.get(operationId));
    }

    /**
     * The scope the operation at {@code method} and {@code pathTemplate} (as the contract writes it, e.g.
     * {@code /api/v1/vendors/{vendorId}}) requires, or empty if API tokens may not call it. The route, not the Java
     * method name, identifies the operation: an operation with two request media types becomes two Java methods
     * ({@code importVendors} and {@code importVendors_1}), of which only one carries the operationId's name.
     */
    public Optional<String> required(String method, String pathTemplate) {
        return Optional.ofNullable(byRoute.get(method.toUpperCase(Locale.ROOT) + " " + pathTemplate));
    }

    Map<String, String> all() {
        return byOperationId;
    }

    static Map<String, String> read(InputStream contract) {
        Map<String, String> operations = new HashMap<>();
        read(contract, operations, new HashMap<>());
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static void read(InputStream contract, Map<String, String> byOperationId, Map<String, String> byRoute) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(contract);
        Map<String, Object> paths = (Map<String, Object>) root.get("paths");
        paths.forEach((path, pathItem) -> ((Map<String, Object>) pathItem).forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> op && op.get("operationId") instanceof String id
                    && op.get(EXTENSION) instanceof String scope) {
                byOperationId.put(id, scope);
                byRoute.put(method.toUpperCase(Locale.ROOT) + " " + path, scope);
            }
        }));
    }
}
