package io.tollgate.scoring;

/**
 * How much of a vendor's score rests on knowledge rather than assumption. Missing knowledge never earns a good
 * grade: a vendor that is not {@link #ASSESSED} cannot score above {@link RiskModel#UNASSESSED_SCORE_CAP}.
 */
public enum Confidence {
    /** No data holdings recorded: the impact is unknown, so the category's assumed holdings are scored. */
    INCOMPLETE,
    /** Holdings recorded, but no assessment completed: control answers are unverified or unknown. */
    PROVISIONAL,
    /** Holdings recorded and at least one assessment completed. */
    ASSESSED;

    static Confidence of(boolean holdingsRecorded, boolean assessed) {
        return !holdingsRecorded ? INCOMPLETE : assessed ? ASSESSED : PROVISIONAL;
    }
}
