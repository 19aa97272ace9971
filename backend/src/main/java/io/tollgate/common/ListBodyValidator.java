package io.tollgate.common;

import io.tollgate.api.model.FieldError;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Validates each element of a JSON-array request body. Micronaut validates the list itself
 * (size, not null) but does not cascade into {@code List<@Valid T>} body elements, so without
 * this a negative record count would only be caught by a database CHECK constraint.
 */
@Singleton
public class ListBodyValidator {
    private final Validator validator;

    public ListBodyValidator(Validator validator) {
        this.validator = validator;
    }

    /** Throws {@link InvalidInputException} naming every invalid field as {@code [index].field}. */
    public <T> void validateEach(List<T> items) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                errors.add(new FieldError("[" + i + "]", "must not be null"));
                continue;
            }
            for (ConstraintViolation<T> violation : validator.validate(item)) {
                String path = violation.getPropertyPath().toString().replaceAll("\\[\\]|<[^>]+>", "");
                errors.add(new FieldError("[" + i + "]." + path, violation.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::getField));
            throw new InvalidInputException(errors);
        }
    }
}
