package io.tollgate.security;

import io.tollgate.common.DomainException;

/** Wrong username or password; deliberately does not say which. */
public class InvalidCredentialsException extends DomainException {
    public InvalidCredentialsException() {
        super(401, "Invalid username or password.");
    }
}
