package io.tollgate.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.tollgate.scoring.ControlStatus.MET;
import static io.tollgate.scoring.ControlStatus.NOT_APPLICABLE;
import static io.tollgate.scoring.ControlStatus.NOT_MET;
import static io.tollgate.scoring.ControlStatus.PARTIAL;
import static io.tollgate.scoring.ControlStatus.UNKNOWN;
import static io.tollgate.scoring.EvidenceQuality.DOCUMENTED;
import static io.tollgate.scoring.EvidenceQuality.INDEPENDENTLY_TESTED;
import static io.tollgate.scoring.EvidenceQuality.SELF_ATTESTED;
import static io.tollgate.scoring.Fixtures.NOW;
import static io.tollgate.scoring.Fixtures.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The baseline: the weighted average of what the vendor has in place, which every control weighs in. */
class ControlEffectivenessTest {

    private static final double EPS = 1e-9;
    private static final List<Holding> DATA = List.of(Holding.of(DataCategory.NAME, 1_000_000, AccessType.BULK_ACCESS));

    private static RiskScore score(List<ControlAnswer> controls, Incident... incidents) {
        return RiskModel.score(Fixtures.input(DATA, controls, List.of(incidents)), NOW);
    }

    // ---- the average -----------------------------------------------------------------------------

    @Test
    void effectivenessIsTheWeightedAverageOfStatusTimesEvidence() {
        RiskScore score = score(List.of(answer("A", 5, MET, INDEPENDENTLY_TESTED), answer("B", 3, PARTIAL, DOCUMENTED),
                answer("C", 2, NOT_MET, null)));
        assertThat(score.controlEffectiveness()).isCloseTo((5 * 1.0 + 3 * 0.5 * 0.8) / 10, within(EPS));
    }

    @Test
    void residualRiskIsInherentRiskTimesOneMinusEightyPercentOfEffectiveness() {
        RiskScore score = score(List.of(answer("A", 5, MET, DOCUMENTED)));
        assertThat(score.residualRisk()).isCloseTo(score.inherentRisk() * (1 - 0.8 * 0.8), within(EPS));
        assertThat(score.score()).isCloseTo(100 - score.residualRisk(), within(0.05));
    }

    @Test
    void evenPerfectControlsLeaveAFifthOfTheInherentRisk() {
        RiskScore score = score(List.of(answer("A", 5, MET, INDEPENDENTLY_TESTED)));
        assertThat(score.controlEffectiveness()).isEqualTo(1.0);
        assertThat(score.residualRisk()).isCloseTo(0.2 * score.inherentRisk(), within(EPS));
    }

    @Test
    void notApplicableControlsAreLeftOutOfTheAverage() {
        RiskScore with = score(List.of(answer("A", 5, MET, DOCUMENTED), answer("B", 5, NOT_APPLICABLE, null)));
        RiskScore without = score(List.of(answer("A", 5, MET, DOCUMENTED)));
        assertThat(with.controlEffectiveness()).isEqualTo(without.controlEffectiveness()).isCloseTo(0.8, within(EPS));
        assertThat(with.explanation().controlCosts()).isEmpty();
    }

    @Test
    void anUnknownAnswerCostsExactlyAsMuchAsNo() {
        RiskScore unknown = score(List.of(answer("A", 5, MET, DOCUMENTED), answer("B", 4, UNKNOWN, null)));
        RiskScore no = score(List.of(answer("A", 5, MET, DOCUMENTED), answer("B", 4, NOT_MET, null)));
        assertThat(unknown.score()).isEqualTo(no.score());
        assertThat(unknown.controlEffectiveness()).isEqualTo(no.controlEffectiveness());
    }

    @Test
    void noControlsAtAllMeansNoEffectivenessAndTheFullInherentRisk() {
        RiskScore score = score(List.of());
        assertThat(score.controlEffectiveness()).isZero();
        assertThat(score.residualRisk()).isCloseTo(score.inherentRisk(), within(EPS));
        assertThat(score.explanation().controlCosts()).isEmpty();
        assertThat(score.explanation().whatIf()).isEmpty();
    }

    @Test
    void onlyNotApplicableControlsCountAsNoControls() {
        assertThat(score(List.of(answer("A", 5, NOT_APPLICABLE, null))).controlEffectiveness()).isZero();
    }

    static Stream<Arguments> improvements() {
        List<Arguments> cases = new ArrayList<>();
        List<ControlStatus> worseToBetter = List.of(UNKNOWN, NOT_MET, PARTIAL, MET);
        for (int from = 0; from < worseToBetter.size(); from++) {
            for (int to = from; to < worseToBetter.size(); to++) {
                for (EvidenceQuality evidence : EvidenceQuality.values()) {
                    cases.add(Arguments.of(worseToBetter.get(from), worseToBetter.get(to), evidence));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @MethodSource("improvements")
    void meetingMoreOfAControlIsNeverLessSafe(ControlStatus from, ControlStatus to, EvidenceQuality evidence) {
        RandomInputs random = new RandomInputs(from.ordinal() * 100L + to.ordinal() * 10L + evidence.ordinal());
        for (int i = 0; i < 60; i++) {
            ScoringInput input = random.next();
            if (input.controls().isEmpty()) {
                continue;
            }
            int at = random.random().nextInt(input.controls().size());
            ScoringInput before = replace(input, at, from, evidence);
            ScoringInput after = replace(input, at, to, evidence);
            assertNeverLessSafe(before, after);
        }
    }

    @ParameterizedTest
    @CsvSource({"SELF_ATTESTED, DOCUMENTED", "DOCUMENTED, INDEPENDENTLY_TESTED", "SELF_ATTESTED, INDEPENDENTLY_TESTED"})
    void strongerEvidenceIsNeverLessSafe(EvidenceQuality weaker, EvidenceQuality stronger) {
        RandomInputs random = new RandomInputs(weaker.ordinal() * 7L + stronger.ordinal());
        for (int i = 0; i < 300; i++) {
            ScoringInput input = random.next();
            if (input.controls().isEmpty()) {
                continue;
            }
            int at = random.random().nextInt(input.controls().size());
            ControlStatus status = random.random().nextBoolean() ? MET : PARTIAL;
            assertNeverLessSafe(replace(input, at, status, weaker), replace(input, at, status, stronger));
        }
    }

    @Test
    void strongerEvidenceOnAMetControlRaisesTheScore() {
        double selfAttested = score(List.of(answer("A", 5, MET, SELF_ATTESTED))).score();
        double documented = score(List.of(answer("A", 5, MET, DOCUMENTED))).score();
        double tested = score(List.of(answer("A", 5, MET, INDEPENDENTLY_TESTED))).score();
        assertThat(selfAttested).isLessThan(documented);
        assertThat(documented).isLessThan(tested);
    }

    private static ScoringInput replace(ScoringInput input, int at, ControlStatus status, EvidenceQuality evidence) {
        List<ControlAnswer> controls = new ArrayList<>(input.controls());
        controls.set(at, controls.get(at).with(status, evidence));
        return input.withControls(controls);
    }

    private static void assertNeverLessSafe(ScoringInput before, ScoringInput after) {
        RiskScore was = RiskModel.score(before, NOW);
        RiskScore is = RiskModel.score(after, NOW);
        assertThat(is.controlEffectiveness()).as("effectiveness").isGreaterThanOrEqualTo(was.controlEffectiveness() - EPS);
        assertThat(is.residualRisk()).as("residual risk").isLessThanOrEqualTo(was.residualRisk() + EPS);
        assertThat(is.score()).as("score").isGreaterThanOrEqualTo(was.score());
    }
}
