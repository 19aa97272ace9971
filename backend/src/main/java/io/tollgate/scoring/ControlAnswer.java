package io.tollgate.scoring;

import java.time.LocalDate;

/**
 * A vendor's answer to one catalogue control.
 *
 * @param controlId         the catalogue id, e.g. "C08"
 * @param baseWeight        the control's base weight b, 1..5 (knowledge base section 2)
 * @param status            how far the control is in place
 * @param evidence          how well the answer is backed; may be null only when the status gives no credit
 * @param evidenceExpiresOn the last day the evidence is valid (a SOC 2 report's period, a certificate's expiry);
 *                          null when it does not expire. Past it the answer ages (see {@link RiskModel})
 */
public record ControlAnswer(String controlId, int baseWeight, ControlStatus status, EvidenceQuality evidence,
                            LocalDate evidenceExpiresOn) {

    static final int MIN_BASE_WEIGHT = 1;
    static final int MAX_BASE_WEIGHT = 5;

    public ControlAnswer {
        Checks.notNull(controlId, "controlId");
        if (controlId.isBlank()) {
            throw new IllegalArgumentException("controlId must not be blank");
        }
        if (baseWeight < MIN_BASE_WEIGHT || baseWeight > MAX_BASE_WEIGHT) {
            throw new IllegalArgumentException("baseWeight must be between 1 and 5, was " + baseWeight);
        }
        Checks.notNull(status, "status");
        if (status.credit() > 0.0) {
            Checks.notNull(evidence, "evidence for a " + status + " answer");
        }
    }

    /** An answer whose evidence does not expire. */
    public ControlAnswer(String controlId, int baseWeight, ControlStatus status, EvidenceQuality evidence) {
        this(controlId, baseWeight, status, evidence, null);
    }

    /** The share of the control's weight this answer earns while its evidence is valid: status credit times evidence factor. */
    public double credit() {
        return status.credit() == 0.0 ? 0.0 : status.credit() * evidence.factor();
    }

    public ControlAnswer with(ControlStatus newStatus, EvidenceQuality newEvidence) {
        return new ControlAnswer(controlId, baseWeight, newStatus, newEvidence, null);
    }

    public ControlAnswer expiringOn(LocalDate expiresOn) {
        return new ControlAnswer(controlId, baseWeight, status, evidence, expiresOn);
    }
}
