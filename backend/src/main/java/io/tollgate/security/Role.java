package io.tollgate.security;

/** Role names as they appear in tokens and in @Secured. */
public enum Role {
    ADMIN, ANALYST, VIEWER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String ANALYST_NAME = "ANALYST";
    public static final String VIEWER_NAME = "VIEWER";
}
