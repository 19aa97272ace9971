package io.tollgate.common;

import io.tollgate.api.model.FieldError;

import java.util.List;

/** A well-formed body breaks a rule that the contract's schema cannot express (422). */
public class InvalidInputException extends DomainException {
    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(422, errors.size() == 1
                ? errors.get(0).getField() + ": " + errors.get(0).getMessage()
                : errors.size() + " fields are invalid.", errors);
    }
}
