package io.tollgate.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ScoreAndGradeTest {

    private static final double EPS = 1e-9;

    @ParameterizedTest
    @CsvSource({
            "100.0, A", "90.0, A",
            "89.9, B", "80.0, B",
            "79.9, C", "65.0, C",
            "64.9, D", "50.0, D",
            "49.9, F", "0.0, F"})
    void gradesFollowTheKbResidualRiskBandsOnTheScore(double score, Grade grade) {
        assertThat(Grade.of(score)).isEqualTo(grade);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 100.1, Double.NaN})
    void aGradeExistsOnlyForScoresFrom0To100(double score) {
        assertThatIllegalArgumentException().isThrownBy(() -> Grade.of(score));
    }

    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103, 104, 105, 106, 107, 108})
    void everyScoreIsBetween0And100AndItsGradeMatches(long seed) {
        RandomInputs random = new RandomInputs(seed);
        for (int i = 0; i < 250; i++) {
            RiskScore score = RiskModel.score(random.next(), Fixtures.NOW);
            assertThat(score.score()).isBetween(0.0, 100.0);
            assertThat(score.grade()).isEqualTo(Grade.of(score.score()));
            assertThat(score.score()).isCloseTo(100 - score.residualRisk(), within(0.05 + EPS));
            assertThat(score.inherentImpact()).isBetween(0.0, 100.0);
            assertThat(score.likelihood()).isBetween(0.0, 1.0);
            assertThat(score.controlEffectiveness()).isBetween(0.0, 1.0);
            if (score.confidence() == Confidence.ASSESSED) {
                assertThat(score.residualRisk()).isBetween(0.0, score.inherentRisk() + EPS);
            } else {
                assertThat(score.residualRisk()).isGreaterThanOrEqualTo(100 - RiskModel.UNASSESSED_SCORE_CAP - EPS);
            }
        }
    }

    @Test
    void theWorstPossibleVendorScoresZero() {
        List<Holding> everything = java.util.Arrays.stream(DataCategory.values())
                .map(c -> new Holding(c, 100_000_000_000L, AccessType.SYSTEM_OF_RECORD, true)).toList();
        Incident breach = Fixtures.incident("X").compromised(Fixtures.VENDOR_ID).build();
        ScoringInput input = new ScoringInput(Fixtures.vendorOnPlatform(), everything,
                new ExposureProfile(true, 10_000, 100, true, true), List.of(), List.of(breach));
        RiskScore score = RiskModel.score(input, Fixtures.NOW);
        assertThat(score.inherentImpact()).isCloseTo(100.0, within(EPS));
        // A confirmed compromise is certain to be attempted, and with no controls nothing breaks its chain.
        assertThat(score.likelihood()).isEqualTo(1.0);
        assertThat(score.residualRisk()).isCloseTo(100.0, within(EPS));
        assertThat(score.score()).isZero();
        assertThat(score.grade()).isEqualTo(Grade.F);
    }

    @Test
    void theScoreIsRoundedToOneDecimalAndTheGradeIsReadFromTheRoundedScore() {
        RiskScore score = RiskModel.score(QantasLikeScenario.asIsDuringCampaign(), Fixtures.NOW);
        assertThat(score.score() * 10).isCloseTo(Math.rint(score.score() * 10), within(1e-6));
        assertThat(score.grade()).isEqualTo(Grade.of(score.score()));
    }
}
