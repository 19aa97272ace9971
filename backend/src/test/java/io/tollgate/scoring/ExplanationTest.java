package io.tollgate.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.tollgate.scoring.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ExplanationTest {

    private static final double EPS = 1e-9;

    @ParameterizedTest
    @ValueSource(longs = {201, 202, 203, 204, 205})
    void theFactorContributionsAddUpToTheResidualRisk(long seed) {
        RandomInputs random = new RandomInputs(seed);
        for (int i = 0; i < 200; i++) {
            RiskScore score = RiskModel.score(random.next(), NOW);
            double sum = score.explanation().factors().stream().mapToDouble(Explanation.Factor::riskPoints).sum();
            assertThat(sum).isCloseTo(score.residualRisk(), within(1e-6));
            assertThat(score.explanation().factors()).extracting(Explanation.Factor::name)
                    .containsExactly("inherentImpact", "baseLikelihood", "threats", "attackChains", "controlEffectiveness",
                            "confidenceCap");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {211, 212, 213, 214, 215})
    void eachControlCostIsWhatMeetingThatControlAloneWouldRemove(long seed) {
        RandomInputs random = new RandomInputs(seed);
        for (int i = 0; i < 100; i++) {
            ScoringInput input = random.next();
            RiskScore score = RiskModel.score(input, NOW);
            for (Explanation.ControlCost cost : score.explanation().controlCosts()) {
                List<ControlAnswer> fixed = input.controls().stream().map(a -> a.controlId().equals(cost.controlId())
                        ? a.with(ControlStatus.MET, a.evidence() == EvidenceQuality.INDEPENDENTLY_TESTED && !cost.evidenceExpired()
                                ? EvidenceQuality.INDEPENDENTLY_TESTED : EvidenceQuality.DOCUMENTED)
                        : a).toList();
                ScoringInput met = input.withControls(fixed);
                Evaluation before = RiskModel.at(NOW, input.incidents()).evaluate(input);
                Evaluation after = RiskModel.at(NOW, input.incidents()).evaluate(met);
                assertThat(cost.pointsLost()).isCloseTo(before.controls.residualRisk() - after.controls.residualRisk(), within(1e-9));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {221, 222, 223, 224, 225})
    void controlCostsAreRankedMostFirst(long seed) {
        RandomInputs random = new RandomInputs(seed);
        for (int i = 0; i < 200; i++) {
            List<Explanation.ControlCost> costs = RiskModel.score(random.next(), NOW).explanation().controlCosts();
            assertThat(costs).extracting(Explanation.ControlCost::pointsLost)
                    .isSortedAccordingTo((a, b) -> Double.compare(b, a))
                    .allSatisfy(points -> assertThat(points).isPositive());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {231, 232, 233, 234, 235})
    void whatIfScoresClimbWithEachExtraFixAndMatchARerunOfTheModel(long seed) {
        RandomInputs random = new RandomInputs(seed);
        for (int i = 0; i < 150; i++) {
            ScoringInput input = random.next();
            RiskScore score = RiskModel.score(input, NOW);
            List<Explanation.WhatIf> whatIf = score.explanation().whatIf();
            List<String> missing = score.explanation().controlCosts().stream()
                    .filter(c -> c.status().isMissing() || c.evidenceExpired())
                    .map(Explanation.ControlCost::controlId).toList();
            assertThat(whatIf).hasSize(Math.min(5, missing.size()));
            double previous = score.score();
            for (int n = 0; n < whatIf.size(); n++) {
                Explanation.WhatIf step = whatIf.get(n);
                assertThat(step.controlIds()).containsExactlyElementsOf(missing.subList(0, n + 1));
                assertThat(step.score()).isGreaterThanOrEqualTo(previous);
                assertThat(step.grade()).isEqualTo(Grade.of(step.score()));
                previous = step.score();

                assertThat(RiskModel.whatIf(input, NOW, step.controlIds()).score()).isEqualTo(step.score());
            }
        }
    }

    @Test
    void whatIfLeavesOutControlsThatAreMetButWeaklyEvidenced() {
        List<ControlAnswer> controls = List.of(Fixtures.answer("A", 5, ControlStatus.MET, EvidenceQuality.SELF_ATTESTED),
                Fixtures.answer("B", 1, ControlStatus.NOT_MET, null));
        RiskScore score = RiskModel.score(Fixtures.plainInput().withControls(controls), NOW);
        assertThat(score.explanation().controlCosts()).extracting(Explanation.ControlCost::controlId).containsExactly("A", "B");
        assertThat(score.explanation().whatIf()).singleElement()
                .satisfies(w -> assertThat(w.controlIds()).containsExactly("B"));
    }

    @Test
    void theThreatsListsOnlyCampaignsThatTouchTheVendorStrongestFirst() {
        Incident sector = Fixtures.incident("SECTOR").platforms().categories(VendorCategory.CONTACT_CENTRE).build();
        Incident platform = Fixtures.incident("PLATFORM").build();
        Incident elsewhere = Fixtures.incident("ELSEWHERE").platforms(Fixtures.OTHER_PLATFORM_ID).build();
        RiskScore score = RiskModel.score(Fixtures.plainInput().withIncidents(List.of(sector, elsewhere, platform)), NOW);
        assertThat(score.explanation().threats()).extracting(Explanation.Threat::incidentId).containsExactly("PLATFORM", "SECTOR");
        Explanation.Threat top = score.explanation().threats().get(0);
        assertThat(top.strength()).isCloseTo(ThreatMatch.PLATFORM.strength() * top.severity() * top.routeMatch()
                * top.decay() * top.statusFactor(), within(EPS));
    }

    @Test
    void theImpactExplanationNamesTheBreachThatSetIt() {
        ScoringInput input = Fixtures.plainInput().withHoldings(List.of(Holding.of(DataCategory.HEALTH, 500, AccessType.RECORD_UI),
                Holding.of(DataCategory.NAME, 500, AccessType.RECORD_UI)));
        Explanation.Impact impact = RiskModel.score(input, NOW).explanation().impact();
        assertThat(impact.recordCount()).isEqualTo(500);
        assertThat(impact.categories()).containsExactlyInAnyOrder(DataCategory.HEALTH, DataCategory.NAME);
        assertThat(impact.access()).isEqualTo(0.6);
        assertThat(impact.inherentImpact()).isCloseTo(100 * impact.access()
                * (0.6 * impact.dataSensitivity() / 10 + 0.4 * impact.volume()), within(EPS));
    }

    @Test
    void explanationListsAreImmutable() {
        Explanation explanation = RiskModel.score(QantasLikeScenario.asIsDuringCampaign(), NOW).explanation();
        assertThatThrownBy(() -> explanation.controlCosts().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> explanation.whatIf().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
