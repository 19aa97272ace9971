package io.tollgate.common;

/** An If-Match header names a version that is no longer current. */
public class PreconditionFailedException extends DomainException {
    public PreconditionFailedException(String detail) {
        super(412, detail);
    }
}
