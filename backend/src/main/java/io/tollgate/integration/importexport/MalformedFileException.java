package io.tollgate.integration.importexport;

import io.tollgate.common.DomainException;
import io.tollgate.api.model.FieldError;

import java.util.List;

/** An import file that cannot be read as rows at all (400), as opposed to rows with invalid values. */
public class MalformedFileException extends DomainException {
    public MalformedFileException(String field, String detail) {
        super(400, detail, List.of(new FieldError(field, detail)));
    }
}
