package io.tollgate.integration;

/** Names an API token's authentication carries. */
public final class ApiTokenAccess {
    /** Marker role of every API token authentication; its other roles are its scopes. */
    public static final String ROLE = "API_TOKEN";
    static final String PRINCIPAL_PREFIX = "api-token-";
    static final String TOKEN_ID = "apiTokenId";
    static final String TOKEN_NAME = "apiTokenName";

    private ApiTokenAccess() {
    }
}
