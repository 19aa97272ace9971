package io.tollgate.scoring;

/**
 * How reachable the vendor's hold of our data is, independent of any particular campaign.
 *
 * @param outsourcedContactCentre   an outsourced contact centre or help desk works in the data
 * @param staffWithAccess           how many of the vendor's people can reach our records
 * @param connectedApps             third-party OAuth/API integrations connected to the data store
 * @param helpDeskResetsCredentials the vendor's help desk can reset passwords or MFA
 * @param internetFacingAdmin       the administration interface is reachable from the internet
 */
public record ExposureProfile(boolean outsourcedContactCentre,
                              int staffWithAccess,
                              int connectedApps,
                              boolean helpDeskResetsCredentials,
                              boolean internetFacingAdmin) {

    /** From this many people with access, a workforce is as exposed to vishing as a contact centre (KB 4.2). */
    static final int LARGE_WORKFORCE = 50;

    public ExposureProfile {
        if (staffWithAccess < 0) {
            throw new IllegalArgumentException("staffWithAccess must not be negative, was " + staffWithAccess);
        }
        if (connectedApps < 0) {
            throw new IllegalArgumentException("connectedApps must not be negative, was " + connectedApps);
        }
    }

    /** Nothing reachable: no people, no integrations, no self-service resets, no exposed admin. */
    public static ExposureProfile none() {
        return new ExposureProfile(false, 0, 0, false, false);
    }

    /**
     * How far (0..1) the vendor is open through one entry route. Connected apps saturate: each app
     * halves the remaining distance to 1, since every app is one more holder of tokens to our data
     * (Drift, Gainsight) but the tenth adds less than the first.
     */
    public double degree(EntryRoute route) {
        Checks.notNull(route, "route");
        return switch (route) {
            case STAFF_WITH_ACCESS -> outsourcedContactCentre || staffWithAccess >= LARGE_WORKFORCE ? 1.0 : 0.0;
            case CONNECTED_APPS -> 1.0 - Math.pow(0.5, connectedApps);
            case HELP_DESK_RESETS -> helpDeskResetsCredentials ? 1.0 : 0.0;
            case INTERNET_FACING_ADMIN -> internetFacingAdmin ? 1.0 : 0.0;
        };
    }
}
