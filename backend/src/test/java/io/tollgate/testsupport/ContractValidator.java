package io.tollgate.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Validates real responses against api/openapi.yaml. {@link ApiClient} runs every response of every
 * integration test through it, so a response the contract does not describe fails the test that got it.
 */
final class ContractValidator {
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(readContract())
            .build();

    private ContractValidator() {
    }

    static void check(String method, String path, int status, Map<String, List<String>> headers, String body) {
        if (!path.startsWith("/api/v1/") || path.equals("/api/v1/openapi.yaml")) {
            return;
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach((name, values) -> response.withHeader(name, values));
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.valueOf(method), response.build());
        List<ValidationReport.Message> problems = report.getMessages().stream()
                // An address the contract does not define has no operation to check against (404 tests).
                .filter(m -> !m.getKey().equals("validation.request.path.missing"))
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .toList();
        if (!problems.isEmpty()) {
            throw new AssertionError("Response breaks the contract: " + method + " " + path + " -> " + status + "\n"
                    + problems.stream().map(m -> "  " + m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n"))
                    + "\nBody: " + body);
        }
    }

    private static String readContract() {
        try (InputStream in = ContractValidator.class.getResourceAsStream("/tollgate/contract/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("tollgate/contract/openapi.yaml is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
