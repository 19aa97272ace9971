package io.tollgate.common;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.problem.violations.ProblemConstraintViolationExceptionHandler;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.tollgate.api.model.FieldError;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Maps the framework's request errors to problem+json with messages a client can act on:
 * the field or parameter at fault and what is expected, never a class name or parser internals.
 */
public final class RequestErrorHandlers {

    private RequestErrorHandlers() {
    }

    /** Bean validation: body fields give 422 with one entry per field; query/path/header values give 400. */
    @Produces
    @Singleton
    @Replaces(ProblemConstraintViolationExceptionHandler.class)
    public static class ConstraintViolations implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
            Optional<String> bodyArgument = bodyArgumentName(request);
            boolean onBody = false;
            List<FieldError> errors = new java.util.ArrayList<>();
            for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
                FieldPath path = fieldPath(violation.getPropertyPath());
                if (bodyArgument.isPresent() && bodyArgument.get().equals(path.parameter())) {
                    onBody = true;
                }
                errors.add(new FieldError(path.field(), violation.getMessage()));
            }
            errors.sort(Comparator.comparing(FieldError::getField));
            String detail = errors.stream().map(e -> e.getField() + ": " + e.getMessage()).collect(Collectors.joining("; "));
            return Problems.response(onBody ? 422 : 400, detail, errors);
        }
    }

    /** A query, path or header value of the wrong type, or a JSON body whose field cannot be read. */
    @Produces
    @Singleton
    @Replaces(ConversionErrorHandler.class)
    public static class ConversionErrors implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
            Argument<?> argument = exception.getArgument();
            boolean onBody = bodyArgumentName(request).map(argument.getName()::equals).orElse(false);
            if (onBody) {
                return Problems.response(400, describeBodyError(exception));
            }
            String value = exception.getConversionError().getOriginalValue().map(String::valueOf).orElse("");
            String expected = argument.getType().isEnum()
                    ? "one of " + enumValues(argument.getType())
                    : "a value of type " + friendlyType(argument.getType());
            String field = argument.getName();
            return Problems.response(400, "Invalid value '" + truncate(value) + "' for '" + field + "': expected " + expected + ".",
                    List.of(new FieldError(field, "expected " + expected)));
        }
    }

    @Produces
    @Singleton
    @Replaces(JsonExceptionHandler.class)
    public static class MalformedJson implements ExceptionHandler<JsonSyntaxException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, JsonSyntaxException exception) {
            return Problems.response(400, "The request body is not valid JSON.");
        }
    }

    @Produces
    @Singleton
    @Replaces(UnsatisfiedRouteHandler.class)
    public static class MissingArguments implements ExceptionHandler<UnsatisfiedRouteException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, UnsatisfiedRouteException exception) {
            boolean body = bodyArgumentName(request).map(exception.getArgument().getName()::equals).orElse(false);
            return Problems.response(400, body
                    ? "A JSON request body is required."
                    : "Required parameter '" + exception.getArgument().getName() + "' is missing.");
        }
    }

    /** Micronaut Data's @Version check: the row changed since the client read it. */
    @Produces
    @Singleton
    public static class StaleVersion implements ExceptionHandler<OptimisticLockException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, OptimisticLockException exception) {
            return Problems.response(409, "The resource was changed by someone else since you read it. Reload it and apply your change again.");
        }
    }

    private static final Pattern SERDE_PROPERTY = Pattern.compile("property \\[([\\w.$<>, ]+?) (\\w+)\\]");

    static String describeBodyError(ConversionErrorException exception) {
        Throwable cause = exception.getCause();
        while (cause != null) {
            if (cause instanceof JsonSyntaxException) {
                return "The request body is not valid JSON.";
            }
            String message = cause.getMessage();
            if (message != null) {
                Matcher m = SERDE_PROPERTY.matcher(message);
                String lastField = null;
                String lastType = null;
                while (m.find()) {
                    lastType = m.group(1);
                    lastField = m.group(2);
                }
                if (lastField != null) {
                    String enumValues = enumValuesOfModel(lastType);
                    return "Field '" + lastField + "' has a value of the wrong type or format"
                            + (enumValues.isEmpty() ? "." : "; expected one of " + enumValues + ".");
                }
            }
            cause = cause.getCause();
        }
        return "The request body does not match the expected structure.";
    }

    private static String enumValuesOfModel(String simpleType) {
        if (simpleType == null || !simpleType.matches("\\w+")) {
            return "";
        }
        try {
            Class<?> type = Class.forName("io.tollgate.api.model." + simpleType);
            return type.isEnum() ? enumValues(type) : "";
        } catch (ClassNotFoundException e) {
            return "";
        }
    }

    private static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String friendlyType(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "integer";
        }
        return type.getSimpleName().toLowerCase();
    }

    private static String truncate(String value) {
        return value.length() > 50 ? value.substring(0, 50) + "..." : value;
    }

    @SuppressWarnings("unchecked")
    static Optional<String> bodyArgumentName(HttpRequest<?> request) {
        return request.getAttribute(HttpAttributes.ROUTE_MATCH, RouteMatch.class)
                .flatMap(match -> ((RouteMatch<Object>) match).getRouteInfo().getBodyArgument())
                .map(Argument::getName);
    }

    record FieldPath(String parameter, String field) {
    }

    /** "createVendor.vendorCreate.platformIds[0]" becomes parameter "vendorCreate", field "platformIds[0]". */
    static FieldPath fieldPath(Path path) {
        String parameter = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.getIndex() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty() && field.charAt(field.length() - 1) != '.') {
                    field.append('.');
                }
                field.append(node.getName());
            } else if (node.getIndex() != null && kind == ElementKind.CONTAINER_ELEMENT) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        String name = field.isEmpty() ? (parameter == null ? "request" : parameter) : field.toString();
        if (name.startsWith(".")) {
            name = name.substring(1);
        }
        return new FieldPath(parameter, name);
    }
}
