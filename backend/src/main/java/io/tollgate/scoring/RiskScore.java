package io.tollgate.scoring;

import java.time.Instant;

/**
 * A vendor's risk score.
 *
 * @param modelVersion          the {@link RiskModel#MODEL_VERSION} that produced it
 * @param scoredAt              the moment it was computed for
 * @param score                 0..100, higher is safer: 100 minus the residual risk, to one decimal
 * @param grade                 the letter grade of {@code score}
 * @param confidence            how much of it rests on knowledge; an unassessed vendor's score is capped
 * @param inherentImpact        I, 0..100: the harm of the worst breach of the data held
 * @param likelihood            L, 0..1: an ordinal likelihood index before controls (not a calibrated probability)
 * @param inherentRisk          I x L, 0..100: the risk before controls
 * @param controlEffectiveness  CE, 0..1: the baseline control effectiveness, the weighted share of the catalogue the
 *                              vendor has in place (status x evidence)
 * @param residualRisk          the risk left after controls (and the confidence cap), 0..100
 * @param indicativeLossUsd     the indicative loss if the records leak ({@link LossMagnitude})
 * @param explanation           why
 */
public record RiskScore(String modelVersion,
                        Instant scoredAt,
                        double score,
                        Grade grade,
                        Confidence confidence,
                        double inherentImpact,
                        double likelihood,
                        double inherentRisk,
                        double controlEffectiveness,
                        double residualRisk,
                        long indicativeLossUsd,
                        Explanation explanation) {
}
