package io.tollgate.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static io.tollgate.scoring.AccessType.BULK_ACCESS;
import static io.tollgate.scoring.AccessType.RECORD_UI;
import static io.tollgate.scoring.AccessType.SYSTEM_OF_RECORD;
import static io.tollgate.scoring.AccessType.TRANSIENT;
import static io.tollgate.scoring.DataCategory.BIOMETRIC;
import static io.tollgate.scoring.DataCategory.DATE_OF_BIRTH;
import static io.tollgate.scoring.DataCategory.EMAIL;
import static io.tollgate.scoring.DataCategory.HEALTH;
import static io.tollgate.scoring.DataCategory.NAME;
import static io.tollgate.scoring.DataCategory.PASSPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class InherentImpactTest {

    private static final double EPS = 1e-9;

    private static RiskScore score(List<Holding> holdings) {
        return RiskModel.score(Fixtures.input(holdings, List.of(), List.of()), Fixtures.NOW);
    }

    private static double impact(Holding... holdings) {
        return score(List.of(holdings)).inherentImpact();
    }

    @Test
    void impactFollowsTheKbFormulaForASingleHolding() {
        // DS = 9, V = log10(1e4)/8 = 0.5, A = 1.0
        assertThat(impact(Holding.of(HEALTH, 10_000, SYSTEM_OF_RECORD)))
                .isCloseTo(100 * 1.0 * (0.6 * 9 / 10 + 0.4 * 0.5), within(EPS));
    }

    @Test
    void sensitivityAddsTheTopThreeWeightsAtOneHalfAndAQuarter() {
        double impact = impact(Holding.of(PASSPORT, 1_000_000, BULK_ACCESS), Holding.of(DATE_OF_BIRTH, 1_000_000, BULK_ACCESS),
                Holding.of(EMAIL, 1_000_000, BULK_ACCESS), Holding.of(NAME, 1_000_000, BULK_ACCESS));
        double sensitivity = 8 + 0.5 * 3 + 0.25 * 1.5;
        assertThat(impact).isCloseTo(100 * 0.9 * (0.6 * sensitivity / 10 + 0.4 * 0.75), within(EPS));
    }

    @Test
    void sensitivityIsCappedAtTen() {
        Explanation.Impact impact = score(List.of(Holding.of(BIOMETRIC, 100, SYSTEM_OF_RECORD),
                Holding.of(HEALTH, 100, SYSTEM_OF_RECORD), Holding.of(DataCategory.CREDENTIALS, 100, SYSTEM_OF_RECORD)))
                .explanation().impact();
        assertThat(impact.dataSensitivity()).isEqualTo(10.0);
    }

    @Test
    void vulnerableSubjectsAddOnePointOfSensitivity() {
        Explanation.Impact plain = score(List.of(new Holding(NAME, 1000, BULK_ACCESS, false))).explanation().impact();
        Explanation.Impact children = score(List.of(new Holding(NAME, 1000, BULK_ACCESS, true))).explanation().impact();
        assertThat(children.dataSensitivity()).isCloseTo(plain.dataSensitivity() + 1, within(EPS));
        assertThat(children.vulnerableSubjects()).isTrue();
    }

    @Test
    void theSameCategoryHeldTwiceCountsOnce() {
        assertThat(impact(Holding.of(HEALTH, 1000, RECORD_UI), Holding.of(HEALTH, 1000, RECORD_UI)))
                .isCloseTo(impact(Holding.of(HEALTH, 1000, RECORD_UI)), within(EPS));
    }

    @ParameterizedTest
    @CsvSource({"1, 0.0", "10, 0.125", "10000, 0.5", "1000000, 0.75", "100000000, 1.0", "100000000000, 1.0"})
    void volumeIsLogarithmicAndSaturatesAtAHundredMillion(long records, double expected) {
        assertThat(RiskModel.volume(records)).isCloseTo(expected, within(EPS));
    }

    @ParameterizedTest
    @EnumSource(AccessType.class)
    void impactScalesWithTheAccessFactor(AccessType access) {
        assertThat(impact(Holding.of(EMAIL, 10_000, access)))
                .isCloseTo(access.factor() * impact(Holding.of(EMAIL, 10_000, SYSTEM_OF_RECORD)), within(EPS));
    }

    @Test
    void aSmallHoldingOfVerySensitiveDataDoesNotLendItsSensitivityToTheLargeHolding() {
        // 10 passport numbers and 10 M names: the worst breach is either 10 records with both or 10 M names.
        double tenWithBoth = 100 * 0.9 * (0.6 * (8 + 0.5) / 10 + 0.4 * 1 / 8.0);
        double tenMillionNames = 100 * 0.9 * (0.6 * 1 / 10 + 0.4 * 7 / 8.0);
        Explanation.Impact impact = score(List.of(Holding.of(NAME, 10_000_000, BULK_ACCESS), Holding.of(PASSPORT, 10, BULK_ACCESS)))
                .explanation().impact();
        assertThat(impact.inherentImpact()).isCloseTo(Math.max(tenWithBoth, tenMillionNames), within(EPS));
        double naive = 100 * 0.9 * (0.6 * 8.5 / 10 + 0.4 * 7 / 8.0);
        assertThat(impact.inherentImpact()).isLessThan(naive);
    }

    @Test
    void holdingsWithZeroRecordsAddNothing() {
        assertThat(impact(Holding.of(NAME, 1000, BULK_ACCESS), Holding.of(BIOMETRIC, 0, SYSTEM_OF_RECORD)))
                .isCloseTo(impact(Holding.of(NAME, 1000, BULK_ACCESS)), within(EPS));
    }

    @Test
    void holdingsRecordedWithNoRecordsMeanNoImpactNoRiskAndAPerfectScore() {
        RiskScore score = RiskModel.score(new ScoringInput(Fixtures.vendorOnPlatform(),
                List.of(Holding.of(NAME, 0, BULK_ACCESS)), Fixtures.contactCentre(),
                List.of(), List.of(Fixtures.incident("X").brokenBy(java.util.Map.of("C08", 1.0)).build())), Fixtures.NOW);
        assertThat(score.inherentImpact()).isZero();
        assertThat(score.inherentRisk()).isZero();
        assertThat(score.residualRisk()).isZero();
        assertThat(score.score()).isEqualTo(100.0);
        assertThat(score.grade()).isEqualTo(Grade.A);
        assertThat(score.indicativeLossUsd()).isZero();
        assertThat(score.explanation().impact().categories()).isEmpty();
        assertThat(score.explanation().impact().assumed()).isFalse();
    }

    // ---- monotonicity ----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void moreRecordsAreNeverSafer(long seed) {
        RandomInputs random = new RandomInputs(seed);
        for (int i = 0; i < 200; i++) {
            ScoringInput input = random.next();
            if (input.holdings().isEmpty()) {
                continue;
            }
            List<Holding> more = new ArrayList<>(input.holdings());
            int at = random.random().nextInt(more.size());
            Holding h = more.get(at);
            more.set(at, new Holding(h.category(), h.recordCount() * 2 + random.random().nextInt(1000), h.access(), h.vulnerableSubjects()));
            assertNeverSafer(input, input.withHoldings(more));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void moreSensitiveDataIsNeverSafer(long seed) {
        RandomInputs random = new RandomInputs(seed);
        for (int i = 0; i < 200; i++) {
            ScoringInput input = random.next();
            if (input.holdings().isEmpty()) {
                continue; // a first holding replaces the assumed ones: covered by ConfidenceTest
            }
            List<Holding> more = new ArrayList<>(input.holdings());
            if (random.random().nextBoolean()) {
                // swap one category for a more sensitive one, same records and access
                int at = random.random().nextInt(more.size());
                Holding h = more.get(at);
                DataCategory worse = random.pick(DataCategory.values());
                boolean alreadyHeld = more.stream().anyMatch(other -> other.category() == worse);
                if (worse.sensitivityWeight() < h.category().sensitivityWeight() || alreadyHeld) {
                    continue; // swapping onto a category already held would drop one, not add sensitivity
                }
                more.set(at, new Holding(worse, h.recordCount(), h.access(), h.vulnerableSubjects() || random.random().nextBoolean()));
            } else {
                more.add(new Holding(random.pick(DataCategory.values()), random.recordCount(), random.pick(AccessType.values()), false));
            }
            assertNeverSafer(input, input.withHoldings(more));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25})
    void widerAccessIsNeverSafer(long seed) {
        RandomInputs random = new RandomInputs(seed);
        for (int i = 0; i < 200; i++) {
            ScoringInput input = random.next();
            if (input.holdings().isEmpty()) {
                continue;
            }
            List<Holding> wider = new ArrayList<>(input.holdings());
            int at = random.random().nextInt(wider.size());
            Holding h = wider.get(at);
            AccessType access = random.pick(AccessType.values());
            if (access.factor() < h.access().factor()) {
                continue;
            }
            wider.set(at, new Holding(h.category(), h.recordCount(), access, h.vulnerableSubjects()));
            assertNeverSafer(input, input.withHoldings(wider));
        }
    }

    @Test
    void accessFactorsAreOrderedFromSystemOfRecordDownToTransient() {
        assertThat(List.of(SYSTEM_OF_RECORD.factor(), BULK_ACCESS.factor(), RECORD_UI.factor(), TRANSIENT.factor()))
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    static void assertNeverSafer(ScoringInput before, ScoringInput after) {
        RiskScore was = RiskModel.score(before, Fixtures.NOW);
        RiskScore is = RiskModel.score(after, Fixtures.NOW);
        assertThat(is.inherentImpact()).as("impact").isGreaterThanOrEqualTo(was.inherentImpact() - EPS);
        assertThat(is.residualRisk()).as("residual risk").isGreaterThanOrEqualTo(was.residualRisk() - EPS);
        assertThat(is.score()).as("score").isLessThanOrEqualTo(was.score());
    }
}
