package io.tollgate.common;

import io.tollgate.security.TokenRevocationCheck;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.problem.ProblemErrorResponseProcessor;
import io.tollgate.api.model.Problem;
import jakarta.inject.Singleton;

import java.util.stream.Collectors;

/**
 * Errors the framework raises itself (no route, wrong method, unsupported media type, 413)
 * get the same problem+json shape as Tollgate's own: always a title and a detail.
 * Server errors never echo an internal message.
 */
@Singleton
@Replaces(ProblemErrorResponseProcessor.class)
public class ProblemResponses implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext errorContext, MutableHttpResponse<?> baseResponse) {
        if (baseResponse.getStatus().getCode() == 401 && errorContext.getRequest()
                .getAttribute(TokenRevocationCheck.DATABASE_UNAVAILABLE).isPresent()) {
            Problem unavailable = new Problem().type("about:blank").title(HttpStatus.SERVICE_UNAVAILABLE.getReason()).status(503)
                    .detail("The database is unavailable. Try again shortly.");
            return baseResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                    .contentType(Problems.MEDIA_TYPE).body(unavailable);
        }
        HttpStatus status = baseResponse.getStatus();
        String detail = status.getCode() >= 500 || !errorContext.hasErrors()
                ? defaultDetail(status)
                : errorContext.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        Problem problem = new Problem().type("about:blank").title(status.getReason()).status(status.getCode()).detail(detail);
        return baseResponse.contentType(Problems.MEDIA_TYPE).body(problem);
    }

    private static String defaultDetail(HttpStatus status) {
        return switch (status.getCode()) {
            case 401 -> "Sign in first: send a valid bearer token in the Authorization header.";
            case 403 -> "Your role does not allow this operation.";
            case 404 -> "Nothing exists at this address.";
            case 405 -> "This method is not allowed here.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the request body as application/json.";
            default -> status.getCode() >= 500 ? "The server could not complete the request." : status.getReason();
        };
    }
}
