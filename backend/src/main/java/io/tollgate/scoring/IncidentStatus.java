package io.tollgate.scoring;

/** Where a threat campaign is in its life. */
public enum IncidentStatus {
    /** Ongoing: full (time-decayed) strength. */
    ACTIVE(1.0),
    /** No longer spreading but still worth weighting: half the strength. */
    FADING(0.5),
    /** History only: no effect on scores. */
    ARCHIVED(0.0);

    private final double factor;

    IncidentStatus(double factor) {
        this.factor = factor;
    }

    public double factor() {
        return factor;
    }
}
