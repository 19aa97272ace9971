package io.tollgate.testsupport;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract check that every integration test relies on does catch responses that break the contract. */
class ContractValidatorTest {
    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));

    @Test
    void aVendorMissingRequiredFieldsIsCaught() {
        assertThatThrownBy(() -> ContractValidator.check("GET", "/api/v1/vendors/1", 200, JSON, "{\"id\": 1, \"name\": \"Acme\"}"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("website");
    }

    @Test
    void anUndocumentedStatusIsCaught() {
        assertThatThrownBy(() -> ContractValidator.check("GET", "/api/v1/vendors/1", 418, JSON, "{}"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aWellFormedProblemPasses() {
        assertThatCode(() -> ContractValidator.check("GET", "/api/v1/vendors/1", 404,
                Map.of("Content-Type", List.of("application/problem+json")),
                "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"Vendor 1 does not exist.\"}"))
                .doesNotThrowAnyException();
    }
}
