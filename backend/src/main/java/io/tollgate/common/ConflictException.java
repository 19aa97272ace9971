package io.tollgate.common;

/** The request conflicts with the current state: a stale version, a duplicate, dependants. */
public class ConflictException extends DomainException {
    public ConflictException(String detail) {
        super(409, detail);
    }

    /** An optimistic update lost the race: tells the client what to do about it. */
    public static ConflictException staleVersion(String resource, Object id, long currentVersion) {
        return new ConflictException(resource + " " + id + " was changed by someone else (current version " + currentVersion
                + "). Reload it and apply your change again.");
    }
}
