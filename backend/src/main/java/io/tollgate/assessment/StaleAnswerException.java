package io.tollgate.assessment;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.tollgate.api.model.Answer;
import io.tollgate.common.ConflictException;
import io.tollgate.common.Problems;
import jakarta.inject.Singleton;

/** An autosave based on an answer version that is no longer current; the 409 carries the stored answer. */
public class StaleAnswerException extends ConflictException {
    private final transient Answer current;

    public StaleAnswerException(Answer current) {
        super("This answer was changed elsewhere (current version " + current.getVersion()
                + "). The current answer is in currentAnswer; apply your change to it and save again.");
        this.current = current;
    }

    public Answer current() {
        return current;
    }

    @Produces
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    public static class Handler implements ExceptionHandler<StaleAnswerException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, StaleAnswerException exception) {
            var response = Problems.response(409, exception.getMessage());
            response.body().currentAnswer(exception.current());
            return response;
        }
    }
}
