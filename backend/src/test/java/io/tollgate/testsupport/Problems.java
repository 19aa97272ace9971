package io.tollgate.testsupport;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.tollgate.api.model.FieldError;
import io.tollgate.api.model.Problem;
import org.junit.jupiter.api.function.Executable;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Assertions on problem+json error responses. */
public final class Problems {
    private Problems() {
    }

    public static Problem expectProblem(HttpStatus status, Executable call) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, call);
        assertThat(e.getStatus().getCode()).as("status").isEqualTo(status.getCode());
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(type ->
                assertThat(type.toString()).isEqualTo("application/problem+json"));
        return e.getResponse().getBody(Problem.class).orElseThrow();
    }

    public static List<String> fields(Problem problem) {
        return problem.getErrors() == null ? List.of() : problem.getErrors().stream().map(FieldError::getField).toList();
    }
}
