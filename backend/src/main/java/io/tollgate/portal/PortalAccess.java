package io.tollgate.portal;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.tollgate.security.CurrentUserProvider;
import jakarta.inject.Singleton;

/** The assessment the current request's invitation token opened; the only source of a portal request's assessment id. */
@Singleton
public class PortalAccess {
    public static final String ROLE = "PORTAL";
    static final String ASSESSMENT_ID = "assessmentId";

    private final CurrentUserProvider currentUser;

    public PortalAccess(CurrentUserProvider currentUser) {
        this.currentUser = currentUser;
    }

    public long assessmentId() {
        Authentication authentication = currentUser.require();
        if (!authentication.getRoles().contains(ROLE) || !(authentication.getAttributes().get(ASSESSMENT_ID) instanceof Long id)) {
            throw new AuthorizationException(authentication);
        }
        return id;
    }
}
