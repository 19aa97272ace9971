package io.tollgate.common;

/** The request conflicts with the current state: a stale version, a duplicate, dependants. */
public class ConflictException extends DomainException {
    public ConflictException(String detail) {
        super(409, detail);
    }
}
