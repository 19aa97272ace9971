package io.tollgate.scoring;

/** A vendor's answer to one control, and how much of the control it credits. */
public enum ControlStatus {
    MET(1.0),
    PARTIAL(0.5),
    NOT_MET(0.0),
    /** Left out of the effectiveness average entirely (neither credit nor gap). */
    NOT_APPLICABLE(0.0),
    /** Not answered: scored as a gap, so silence is never better than "no". */
    UNKNOWN(0.0);

    private final double credit;

    ControlStatus(double credit) {
        this.credit = credit;
    }

    public double credit() {
        return credit;
    }

    /** Whether the control is a gap that a vendor could close (anything short of met, except not applicable). */
    public boolean isMissing() {
        return this == PARTIAL || this == NOT_MET || this == UNKNOWN;
    }
}
