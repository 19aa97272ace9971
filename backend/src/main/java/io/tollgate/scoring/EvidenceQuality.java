package io.tollgate.scoring;

/** How well an answer is backed, with the evidence factor e of knowledge base section 4.2. */
public enum EvidenceQuality {
    SELF_ATTESTED(0.6),
    DOCUMENTED(0.8),
    INDEPENDENTLY_TESTED(1.0);

    private final double factor;

    EvidenceQuality(double factor) {
        this.factor = factor;
    }

    public double factor() {
        return factor;
    }
}
