package io.tollgate.common;

/** The addressed resource does not exist (or the caller may not know it does). */
public class NotFoundException extends DomainException {
    public NotFoundException(String what, Object id) {
        super(404, what + " " + id + " was not found.");
    }
}
