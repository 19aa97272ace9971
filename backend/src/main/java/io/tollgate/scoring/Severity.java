package io.tollgate.scoring;

/**
 * How damaging a campaign is where it lands. The knowledge base's threat strengths (section 4.2)
 * describe a mass data-theft campaign, so they apply in full to {@link #CRITICAL}.
 */
public enum Severity {
    LOW(0.25),
    MEDIUM(0.5),
    HIGH(0.75),
    CRITICAL(1.0);

    private final double factor;

    Severity(double factor) {
        this.factor = factor;
    }

    public double factor() {
        return factor;
    }
}
