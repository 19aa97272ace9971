package io.tollgate.integration;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the contract shows what it takes and what it gives: each request body and each 2xx response
 * body has an example (inline {@code example} or named {@code examples}), and so does every shared error response.
 * The API reference (Swagger UI at /api/docs) and the generated client's users read these; an endpoint added without
 * them fails here. Whether the examples match their schemas is checked by the contract lint (Spectral's
 * oas3-valid-media-example and oas3-valid-schema-example rules).
 */
class ContractExamplesTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    @Test
    void everyOperationHasExamplesForItsRequestAndSuccessBodies() throws IOException {
        assertThat(missingOperationExamples(contract()))
                .as("operations whose request or 2xx response bodies have no example (add `example:` or `examples:` "
                        + "beside the schema in api/openapi.yaml)")
                .isEmpty();
    }

    @Test
    void everySharedResponseHasAnExample() throws IOException {
        assertThat(missingSharedResponseExamples(contract()))
                .as("components/responses without an example")
                .isEmpty();
    }

    @Test
    void namedExamplesPointAtExistingComponentExamplesWithAValue() throws IOException {
        Map<String, Object> root = contract();
        List<String> broken = new ArrayList<>();
        Map<String, Object> components = map(root.get("components"));
        Map<String, Object> shared = map(components.get("examples"));
        shared.forEach((name, example) -> {
            if (!map(example).containsKey("value")) {
                broken.add("components/examples/" + name + " has no value");
            }
        });
        forEachMediaType(root, (where, media) -> map(media.get("examples")).forEach((name, example) -> {
            Object ref = map(example).get("$ref");
            if (ref instanceof String target) {
                String prefix = "#/components/examples/";
                if (!target.startsWith(prefix) || !shared.containsKey(target.substring(prefix.length()))) {
                    broken.add(where + ": examples." + name + " points at " + target + ", which does not exist");
                }
            } else if (!map(example).containsKey("value")) {
                broken.add(where + ": examples." + name + " has no value");
            }
        }));
        assertThat(broken).isEmpty();
    }

    @Test
    void aNewOperationWithoutExamplesIsReported() {
        Map<String, Object> contract = parse("""
                paths:
                  /api/v1/things:
                    post:
                      operationId: createThing
                      requestBody:
                        content:
                          application/json:
                            schema: {type: object}
                      responses:
                        '201':
                          content:
                            application/json:
                              schema: {type: object}
                              example: {id: 1}
                        '422':
                          $ref: '#/components/responses/Invalid'
                    get:
                      operationId: listThings
                      responses:
                        '200':
                          $ref: '#/components/responses/Things'
                        '204':
                          description: Nothing to show.
                components:
                  responses:
                    Things:
                      content:
                        application/json:
                          schema: {type: array}
                        text/csv:
                          schema: {type: string}
                          example: "id\\n1\\n"
                    Invalid:
                      content:
                        application/problem+json:
                          schema: {type: object}
                """);

        assertThat(missingOperationExamples(contract)).containsExactly(
                "createThing (POST /api/v1/things): request application/json",
                "listThings (GET /api/v1/things): 200 application/json");
        assertThat(missingSharedResponseExamples(contract))
                .containsExactly("Things: application/json", "Invalid: application/problem+json");
    }

    /** One entry per request body or 2xx response media type without an example, naming the operation. */
    static List<String> missingOperationExamples(Map<String, Object> root) {
        List<String> missing = new ArrayList<>();
        map(root.get("paths")).forEach((path, item) -> map(item).forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            Map<String, Object> operation = map(value);
            String name = operation.get("operationId") + " (" + method.toUpperCase() + " " + path + ")";
            Object body = operation.get("requestBody");
            if (body != null) {
                map(resolve(root, body).get("content")).forEach((mediaType, media) -> {
                    if (!hasExample(map(media))) {
                        missing.add(name + ": request " + mediaType);
                    }
                });
            }
            map(operation.get("responses")).forEach((status, response) -> {
                if (!String.valueOf(status).startsWith("2")) {
                    return;
                }
                map(resolve(root, response).get("content")).forEach((mediaType, media) -> {
                    if (!hasExample(map(media))) {
                        missing.add(name + ": " + status + " " + mediaType);
                    }
                });
            });
        }));
        return missing;
    }

    static List<String> missingSharedResponseExamples(Map<String, Object> root) {
        List<String> missing = new ArrayList<>();
        map(map(root.get("components")).get("responses")).forEach((name, response) ->
                map(map(response).get("content")).forEach((mediaType, media) -> {
                    if (!hasExample(map(media))) {
                        missing.add(name + ": " + mediaType);
                    }
                }));
        return missing;
    }

    private static boolean hasExample(Map<String, Object> media) {
        return media.containsKey("example") || !map(media.get("examples")).isEmpty();
    }

    private interface MediaVisitor {
        void visit(String where, Map<String, Object> media);
    }

    private static void forEachMediaType(Map<String, Object> root, MediaVisitor visitor) {
        map(root.get("paths")).forEach((path, item) -> map(item).forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            Map<String, Object> operation = map(value);
            Object body = operation.get("requestBody");
            if (body != null) {
                map(resolve(root, body).get("content")).forEach((type, media) ->
                        visitor.visit(operation.get("operationId") + " request " + type, map(media)));
            }
            map(operation.get("responses")).forEach((status, response) ->
                    map(map(response).get("content")).forEach((type, media) ->
                            visitor.visit(operation.get("operationId") + " " + status + " " + type, map(media))));
        }));
        map(map(root.get("components")).get("responses")).forEach((name, response) ->
                map(map(response).get("content")).forEach((type, media) ->
                        visitor.visit("components/responses/" + name + " " + type, map(media))));
    }

    /** Follows a local {@code $ref} such as {@code #/components/responses/NotFound}; other values are returned as they are. */
    private static Map<String, Object> resolve(Map<String, Object> root, Object node) {
        Map<String, Object> value = map(node);
        if (!(value.get("$ref") instanceof String ref)) {
            return value;
        }
        Object target = root;
        for (String part : ref.substring(2).split("/")) {
            target = map(target).get(part.replace("~1", "/").replace("~0", "~"));
        }
        return resolve(root, target);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static Map<String, Object> contract() throws IOException {
        try (InputStream in = ContractExamplesTest.class.getResourceAsStream("/tollgate/contract/openapi.yaml")) {
            assertThat(in).as("tollgate/contract/openapi.yaml on the test classpath").isNotNull();
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    private static Map<String, Object> parse(String yaml) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }
}
