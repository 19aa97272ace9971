package io.tollgate.scoring;

/**
 * The ways into a vendor's hold of our data that an attacker can use. Each route adds to the base
 * likelihood (knowledge base section 4.2, L0), and an incident names the routes its campaign uses,
 * so that a vendor's set-up can be matched against the campaign's entry route.
 */
public enum EntryRoute {
    /** People with access who can be phoned or phished: an outsourced contact centre or a large workforce. */
    STAFF_WITH_ACCESS,
    /** Third-party OAuth/API integrations (connected apps) on the data store. */
    CONNECTED_APPS,
    /** A help desk that can reset passwords or MFA. */
    HELP_DESK_RESETS,
    /** An administration interface reachable from the internet. */
    INTERNET_FACING_ADMIN
}
