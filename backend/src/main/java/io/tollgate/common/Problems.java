package io.tollgate.common;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.tollgate.api.model.FieldError;
import io.tollgate.api.model.Problem;

import java.util.List;

/** Builds RFC 9457 problem+json responses; every error Tollgate itself reports goes through here. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static MutableHttpResponse<Problem> response(int status, String detail) {
        return response(status, detail, List.of());
    }

    public static MutableHttpResponse<Problem> response(int status, String detail, List<FieldError> errors) {
        HttpStatus httpStatus = HttpStatus.valueOf(status);
        Problem problem = new Problem()
                .type("about:blank")
                .title(httpStatus.getReason())
                .status(status)
                .detail(detail);
        if (!errors.isEmpty()) {
            problem.errors(errors);
        }
        return HttpResponse.<Problem>status(httpStatus).contentType(MEDIA_TYPE).body(problem);
    }
}
