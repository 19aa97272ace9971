package io.tollgate.scoring;

/**
 * How a campaign touches a vendor, with the strength s of knowledge base section 4.2.
 */
public enum ThreatMatch {
    /** The campaign does not touch this vendor: it adds nothing. */
    NONE(0.0),
    /** Only the vendor's sector (category) is targeted. */
    SECTOR(0.25),
    /** The campaign abuses a platform the vendor runs on or connects to, or the vendor is that platform. */
    PLATFORM(0.5),
    /** The vendor, or an integration it uses, is confirmed compromised. */
    COMPROMISED(1.0);

    private final double strength;

    ThreatMatch(double strength) {
        this.strength = strength;
    }

    public double strength() {
        return strength;
    }
}
