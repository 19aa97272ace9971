package io.tollgate.common;

import io.tollgate.api.model.FieldError;

import java.util.List;

/** A rule of the domain was broken; mapped once to problem+json by {@link DomainExceptionHandler}. */
public abstract class DomainException extends RuntimeException {
    private final int status;
    private final transient List<FieldError> errors;

    protected DomainException(int status, String detail) {
        this(status, detail, List.of());
    }

    protected DomainException(int status, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
