package io.tollgate.scoring;

/**
 * Letter grade of a 0-100 score (higher is safer). The bands are the knowledge base's residual-risk
 * bands (A &lt;10, B &lt;20, C &lt;35, D &lt;50, F &ge;50, section 4.2) read on the score = 100 - residual risk.
 */
public enum Grade {
    A(90.0),
    B(80.0),
    C(65.0),
    D(50.0),
    F(Double.NEGATIVE_INFINITY);

    private final double minimumScore;

    Grade(double minimumScore) {
        this.minimumScore = minimumScore;
    }

    /** The lowest score that still earns this grade. */
    public double minimumScore() {
        return minimumScore;
    }

    public static Grade of(double score) {
        if (Double.isNaN(score) || score < 0.0 || score > 100.0) {
            throw new IllegalArgumentException("score must be between 0 and 100, was " + score);
        }
        for (Grade grade : values()) {
            if (score >= grade.minimumScore) {
                return grade;
            }
        }
        return F;
    }
}
