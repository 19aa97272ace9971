package io.tollgate.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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
import static io.tollgate.scoring.Fixtures.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ControlEffectivenessTest {

    private static final double EPS = 1e-9;
    private static final List<Holding> DATA = List.of(Holding.of(DataCategory.NAME, 1_000_000, AccessType.BULK_ACCESS));

    private static RiskScore score(List<ControlAnswer> controls, Incident... incidents) {
        return RiskModel.score(Fixtures.input(DATA, controls, List.of(incidents)), NOW);
    }

    /** Thirty other controls, all met and independently tested. */
    private static List<ControlAnswer> thirtyMetControls() {
        return IntStream.rangeClosed(1, 30).mapToObj(i -> answer("X" + i, 5, MET, INDEPENDENTLY_TESTED)).toList();
    }

    private static List<ControlAnswer> plus(List<ControlAnswer> controls, ControlAnswer extra) {
        List<ControlAnswer> all = new ArrayList<>(controls);
        all.add(extra);
        return all;
    }

    private static Incident activeCampaignBlockedBy(String controlId) {
        return incident("CAMPAIGN").exploits(Map.of(controlId, 1.0)).build();
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
        assertThat(with.explanation().controlCosts()).extracting(Explanation.ControlCost::controlId).containsExactly("A");
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

    // ---- threat weighting --------------------------------------------------------------------------

    @Test
    void aCampaignTriplesTheWeightOfAGapInAControlThatBreaksIt() {
        // Fresh critical campaign on the vendor's platform: strength 0.5 = full pressure on C02 (weight 4).
        Incident campaign = incident("X").exploits(Map.of("C02", 1.0)).build();
        RiskScore score = score(List.of(answer("C01", 5, MET, INDEPENDENTLY_TESTED), answer("C02", 4, NOT_MET, null)), campaign);
        assertThat(score.controlEffectiveness()).isCloseTo(5.0 / (5 + 3 * 4), within(EPS));
        assertThat(score.explanation().controlCosts()).singleElement()
                .satisfies(c -> assertThat(c.threatPressure()).isEqualTo(1.0));
    }

    @Test
    void aCampaignNeverAddsCreditToControlsThatAreMet() {
        Incident campaign = incident("X").exploits(Map.of("C01", 1.0)).build();
        List<ControlAnswer> controls = List.of(answer("C01", 5, MET, INDEPENDENTLY_TESTED), answer("C02", 4, NOT_MET, null));
        assertThat(score(controls, campaign).controlEffectiveness()).isEqualTo(score(controls).controlEffectiveness());
    }

    @Test
    void pressureFollowsTheCampaignsStrength() {
        // A sector-only match is half the reference strength: a gap counts 1 + 2 x 0.5 = 2 times.
        Incident sector = incident("X").platforms().categories(VendorCategory.CONTACT_CENTRE).exploits(Map.of("C02", 1.0)).build();
        RiskScore score = score(List.of(answer("C01", 5, MET, INDEPENDENTLY_TESTED), answer("C02", 4, NOT_MET, null)), sector);
        assertThat(score.controlEffectiveness()).isCloseTo(5.0 / (5 + 2 * 4), within(EPS));
    }

    // ---- the gate ----------------------------------------------------------------------------------

    @Test
    void thirtyMetControlsCannotHideAMissingControlThatWouldHaveBlockedAnActiveCampaign() {
        List<ControlAnswer> controls = plus(thirtyMetControls(), answer("C08", 5, NOT_MET, null));
        RiskScore calm = score(controls);
        RiskScore campaign = score(controls, activeCampaignBlockedBy("C08"));

        assertThat(calm.controlEffectiveness()).isGreaterThan(0.9);
        assertThat(campaign.explanation().gate().binding()).isTrue();
        assertThat(campaign.explanation().gate().controlIds()).containsExactly("C08");
        assertThat(campaign.explanation().gate().incidentIds()).containsExactly("CAMPAIGN");
        assertThat(campaign.controlEffectiveness()).isEqualTo(0.5);
        assertThat(campaign.explanation().controlCosts().get(0).controlId()).isEqualTo("C08");
        assertThat(campaign.explanation().controlCosts().get(0).gated()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 100, 1000})
    void noNumberOfMetControlsLiftsTheGate(int metControls) {
        List<ControlAnswer> controls = new ArrayList<>(IntStream.rangeClosed(1, metControls)
                .mapToObj(i -> answer("X" + i, 5, MET, INDEPENDENTLY_TESTED)).toList());
        controls.add(answer("C08", 5, NOT_MET, null));
        assertThat(score(controls, activeCampaignBlockedBy("C08")).controlEffectiveness()).isLessThanOrEqualTo(0.5);
    }

    @ParameterizedTest
    @CsvSource({
            "NOT_MET,,                    0.5",
            "UNKNOWN,,                    0.5",
            "PARTIAL, SELF_ATTESTED,       0.65",
            "PARTIAL, INDEPENDENTLY_TESTED, 0.75",
            "MET,     SELF_ATTESTED,       0.8",
            "MET,     DOCUMENTED,          0.9",
            "MET,     INDEPENDENTLY_TESTED, 1.0"})
    void theGateCapRisesWithWhatTheVendorShowsForTheBlockingControl(ControlStatus status, EvidenceQuality evidence, double cap) {
        List<ControlAnswer> controls = plus(thirtyMetControls(), answer("C08", 5, status, evidence));
        assertThat(score(controls, activeCampaignBlockedBy("C08")).explanation().gate().cap()).isCloseTo(cap, within(EPS));
    }

    @Test
    void theGateSpareControlsBelowBaseWeightFive() {
        List<ControlAnswer> controls = plus(thirtyMetControls(), answer("C02", 4, NOT_MET, null));
        RiskScore score = score(controls, activeCampaignBlockedBy("C02"));
        assertThat(score.explanation().gate().controlIds()).isEmpty();
        assertThat(score.controlEffectiveness()).isGreaterThan(0.5);
    }

    @ParameterizedTest
    @CsvSource({"0.74, false", "0.75, true", "1.0, true"})
    void theGateNeedsHighRelevance(double relevance, boolean gated) {
        Incident campaign = incident("CAMPAIGN").exploits(Map.of("C08", relevance)).build();
        RiskScore score = score(plus(thirtyMetControls(), answer("C08", 5, NOT_MET, null)), campaign);
        assertThat(score.explanation().gate().controlIds().contains("C08")).isEqualTo(gated);
    }

    @ParameterizedTest
    @CsvSource({"FADING", "ARCHIVED"})
    void theGateHoldsOnlyWhileTheCampaignIsActive(IncidentStatus status) {
        Incident campaign = incident("CAMPAIGN").status(status).exploits(Map.of("C08", 1.0)).build();
        RiskScore score = score(plus(thirtyMetControls(), answer("C08", 5, NOT_MET, null)), campaign);
        assertThat(score.explanation().gate().controlIds()).isEmpty();
        assertThat(score.controlEffectiveness()).isGreaterThan(0.5);
    }

    @Test
    void aSectorOnlyCampaignWeighsTheGapButDoesNotGate() {
        Incident sector = incident("CAMPAIGN").platforms().categories(VendorCategory.CONTACT_CENTRE)
                .exploits(Map.of("C08", 1.0)).build();
        RiskScore score = score(plus(thirtyMetControls(), answer("C08", 5, NOT_MET, null)), sector);
        assertThat(score.explanation().gate().controlIds()).isEmpty();
        assertThat(score.controlEffectiveness()).isLessThan(score(plus(thirtyMetControls(), answer("C08", 5, NOT_MET, null))).controlEffectiveness());
    }

    @Test
    void theGateDoesNotApplyToACampaignOnAnotherPlatform() {
        Incident elsewhere = incident("CAMPAIGN").platforms(Fixtures.OTHER_PLATFORM_ID).exploits(Map.of("C08", 1.0)).build();
        RiskScore score = score(plus(thirtyMetControls(), answer("C08", 5, NOT_MET, null)), elsewhere);
        assertThat(score.explanation().gate().controlIds()).isEmpty();
    }

    @Test
    void aBindingGateShowsAsItsOwnFactorInTheWaterfall() {
        RiskScore score = score(plus(thirtyMetControls(), answer("C08", 5, NOT_MET, null)), activeCampaignBlockedBy("C08"));
        Explanation.Factor gate = score.explanation().factors().stream().filter(f -> f.name().equals("gate")).findFirst().orElseThrow();
        Explanation.Factor averaged = score.explanation().factors().stream().filter(f -> f.name().equals("controlEffectiveness")).findFirst().orElseThrow();
        assertThat(gate.value()).isEqualTo(0.5);
        assertThat(gate.riskPoints()).isCloseTo(score.inherentRisk() * 0.8 * (averaged.value() - 0.5), within(EPS)).isPositive();
    }

    // ---- monotonicity ----------------------------------------------------------------------------

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
