package io.tollgate.common;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces
@Singleton
@Requires(classes = ExceptionHandler.class)
public class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, DomainException exception) {
        return Problems.response(exception.status(), exception.getMessage(), exception.errors());
    }
}
