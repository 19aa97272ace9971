package io.tollgate.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static io.tollgate.scoring.Fixtures.NOW;
import static io.tollgate.scoring.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What nobody knows is never read as safe: assumed holdings, and the cap on vendors not assessed. */
class ConfidenceTest {

    private static final List<ControlAnswer> ALL_UNKNOWN = KbCatalogue.CONTROLS.stream()
            .map(e -> KbCatalogue.answer(e.id(), ControlStatus.UNKNOWN, null)).toList();
    private static final List<ControlAnswer> ALL_MET_AND_TESTED = KbCatalogue.CONTROLS.stream()
            .map(e -> KbCatalogue.answer(e.id(), ControlStatus.MET, EvidenceQuality.INDEPENDENTLY_TESTED)).toList();

    private static ScoringInput vendor(VendorCategory category, List<Holding> holdings, List<ControlAnswer> answers,
                                       java.time.LocalDate assessedOn) {
        return new ScoringInput(new VendorProfile(7L, category, Set.of(), assessedOn), holdings, ExposureProfile.none(),
                answers, List.of());
    }

    @Test
    void aVendorWithNoHoldingsIsIncompleteAndScoredOnItsCategorysAssumedHoldings() {
        RiskScore score = RiskModel.score(vendor(VendorCategory.CONTACT_CENTRE, List.of(), ALL_UNKNOWN, null), NOW);
        assertThat(score.confidence()).isEqualTo(Confidence.INCOMPLETE);
        assertThat(score.explanation().impact().assumed()).isTrue();
        assertThat(score.explanation().impact().recordCount()).isEqualTo(AssumedHoldings.CUSTOMERS);
        assertThat(score.explanation().impact().categories())
                .containsExactlyInAnyOrder(DataCategory.NAME, DataCategory.EMAIL, DataCategory.PHONE);
        assertThat(score.inherentImpact()).isGreaterThan(40.0);
    }

    @ParameterizedTest
    @EnumSource(VendorCategory.class)
    void noVendorWithoutHoldingsIsAnAOrAB(VendorCategory category) {
        RiskScore evenWithEveryControl = RiskModel.score(vendor(category, List.of(), ALL_MET_AND_TESTED, TODAY), NOW);
        assertThat(evenWithEveryControl.grade()).isNotIn(Grade.A, Grade.B);
        assertThat(evenWithEveryControl.score()).isLessThanOrEqualTo(RiskModel.UNASSESSED_SCORE_CAP);
    }

    @Test
    void aTwilioLikeVendorNeverAssessedIsNeitherAnANorAB() {
        // 5.9 M phone numbers, every control unknown, never assessed (the demo's Twilio).
        List<Holding> phones = List.of(Holding.of(DataCategory.PHONE, 5_900_000, AccessType.SYSTEM_OF_RECORD),
                Holding.of(DataCategory.NAME, 5_900_000, AccessType.SYSTEM_OF_RECORD));
        RiskScore score = RiskModel.score(vendor(VendorCategory.COMMUNICATIONS, phones, ALL_UNKNOWN, null), NOW);
        assertThat(score.confidence()).isEqualTo(Confidence.PROVISIONAL);
        assertThat(score.grade()).isNotIn(Grade.A, Grade.B);
    }

    @Test
    void theCapLowersTheScoreItselfAndTheGradeFollowsIt() {
        List<Holding> few = List.of(Holding.of(DataCategory.NAME, 50, AccessType.TRANSIENT));
        RiskScore assessed = RiskModel.score(vendor(VendorCategory.OTHER, few, ALL_MET_AND_TESTED, TODAY), NOW);
        RiskScore provisional = RiskModel.score(vendor(VendorCategory.OTHER, few, ALL_MET_AND_TESTED, null), NOW);
        assertThat(assessed.grade()).isEqualTo(Grade.A);
        assertThat(provisional.score()).isEqualTo(RiskModel.UNASSESSED_SCORE_CAP);
        assertThat(provisional.grade()).isEqualTo(Grade.C);
        assertThat(provisional.residualRisk()).isCloseTo(100.0 - RiskModel.UNASSESSED_SCORE_CAP, within(1e-9));
        assertThat(provisional.explanation().factors()).filteredOn(f -> f.name().equals("confidenceCap")).singleElement()
                .satisfies(f -> assertThat(f.riskPoints()).isCloseTo(assessed.score() - provisional.score(), within(0.05 + 1e-9)));
    }

    @Test
    void anAssessmentCompletedAfterTheScoringMomentDoesNotCountYet() {
        List<Holding> few = List.of(Holding.of(DataCategory.NAME, 50, AccessType.TRANSIENT));
        RiskScore score = RiskModel.score(vendor(VendorCategory.OTHER, few, ALL_MET_AND_TESTED, TODAY.plusDays(1)), NOW);
        assertThat(score.confidence()).isEqualTo(Confidence.PROVISIONAL);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void anUnassessedVendorNeverScoresBetterThanTheSameVendorAssessed(long seed) {
        RandomInputs random = new RandomInputs(seed);
        for (int i = 0; i < 300; i++) {
            ScoringInput input = random.next();
            VendorProfile v = input.vendor();
            ScoringInput assessed = new ScoringInput(v.assessedOn(TODAY), input.holdings(), input.exposure(),
                    input.controls(), input.incidents());
            ScoringInput unassessed = new ScoringInput(v.assessedOn(null), input.holdings(), input.exposure(),
                    input.controls(), input.incidents());
            assertThat(RiskModel.score(unassessed, NOW).score()).isLessThanOrEqualTo(RiskModel.score(assessed, NOW).score());
        }
    }

    @Test
    void anUnassessedContactCentreWithUnknownControlsScoresNoBetterThanAnAssessedOneWithKnownGaps() {
        ScoringInput assessedWithGaps = QantasLikeScenario.input(QantasLikeScenario.asIs(), List.of());
        ScoringInput unassessedUnknown = new ScoringInput(assessedWithGaps.vendor().assessedOn(null),
                assessedWithGaps.holdings(), assessedWithGaps.exposure(),
                assessedWithGaps.controls().stream().map(a -> a.with(ControlStatus.UNKNOWN, null)).toList(), List.of());
        assertThat(RiskModel.score(unassessedUnknown, QantasLikeScenario.ASSESSED).score())
                .isLessThanOrEqualTo(RiskModel.score(assessedWithGaps, QantasLikeScenario.ASSESSED).score());
    }

    @Test
    void everyCategoryHasAssumedHoldings() {
        for (VendorCategory category : VendorCategory.values()) {
            assertThat(AssumedHoldings.of(category)).isNotEmpty().allSatisfy(h -> assertThat(h.recordCount()).isPositive());
        }
    }
}
