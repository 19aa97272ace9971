package io.tollgate.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.tollgate.scoring.Fixtures.NOW;
import static io.tollgate.scoring.Fixtures.incident;
import static io.tollgate.scoring.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A campaign weighs through its attack chain: breaking one step cuts it; controls it never touches do not. */
class AttackChainTest {

    private static final Incident TWO_STEPS = incident("X").steps(
            step("consent", Map.of("C08", 0.9)),
            step("export", Map.of("C16", 0.5, "C15", 0.2))).build();

    private static ScoringInput with(ControlAnswer... answers) {
        return Fixtures.plainInput().withControls(List.of(answers)).withIncidents(List.of(TWO_STEPS));
    }

    private static ControlAnswer met(String id) {
        return Fixtures.answer(id, 5, ControlStatus.MET, EvidenceQuality.INDEPENDENTLY_TESTED);
    }

    private static ControlAnswer missing(String id) {
        return Fixtures.answer(id, 5, ControlStatus.NOT_MET, null);
    }

    private static Explanation.Threat threat(RiskScore score) {
        return score.explanation().threats().get(0);
    }

    @Test
    void theChainSucceedsUnlessAStepIsBrokenAndEachStepByItsStrongestBreaker() {
        assertThat(threat(RiskModel.score(with(missing("C08"), missing("C16"), missing("C15")), NOW)).chainSuccess())
                .isEqualTo(1.0);
        RiskScore partly = RiskModel.score(with(missing("C08"), met("C16"), met("C15")), NOW);
        assertThat(threat(partly).chainSuccess()).isCloseTo(1.0 - 0.5, within(1e-12));
        RiskScore both = RiskModel.score(with(met("C08"), met("C16"), met("C15")), NOW);
        assertThat(threat(both).chainSuccess()).isCloseTo((1.0 - 0.9) * (1.0 - 0.5), within(1e-12));
        assertThat(threat(both).steps()).extracting(Explanation.StepOutcome::controlId).containsExactly("C08", "C16");
    }

    @Test
    void breakingOneStepOfALiveCampaignCutsItsWeightSharply() {
        RiskScore open = RiskModel.score(with(missing("C08"), missing("C16"), missing("C15")), NOW);
        RiskScore broken = RiskModel.score(with(met("C08"), missing("C16"), missing("C15")), NOW);
        assertThat(threat(broken).riskPoints()).isLessThan(threat(open).riskPoints() * 0.2);
    }

    @Test
    void aControlTheCampaignNeverTouchesWeighsOnlyInTheBaseline() {
        ScoringInput without = with(missing("C08"), met("C16"), missing("C34"));
        ScoringInput withC34 = with(missing("C08"), met("C16"), met("C34"));
        assertThat(threat(RiskModel.score(withC34, NOW)).chainSuccess())
                .isEqualTo(threat(RiskModel.score(without, NOW)).chainSuccess());
        assertThat(RiskModel.score(withC34, NOW).score()).isGreaterThan(RiskModel.score(without, NOW).score());
    }

    @Test
    void aCampaignWhoseChainIsNotKnownCannotBeBroken() {
        Incident unknownChain = incident("Y").build();
        RiskScore score = RiskModel.score(Fixtures.plainInput().withIncidents(List.of(unknownChain)), NOW);
        assertThat(threat(score).chainSuccess()).isEqualTo(1.0);
        assertThat(threat(score).steps()).isEmpty();
    }

    @Test
    void aNotApplicableControlBreaksNothing() {
        ControlAnswer notApplicable = Fixtures.answer("C08", 5, ControlStatus.NOT_APPLICABLE, null);
        assertThat(threat(RiskModel.score(with(notApplicable, missing("C16")), NOW)).chainSuccess()).isEqualTo(1.0);
    }

    @Test
    void aStepControlTheVendorHasNoAnswerForCountsAsUnknown() {
        RiskScore score = RiskModel.score(Fixtures.plainInput().withControls(List.of(met("C01")))
                .withIncidents(List.of(TWO_STEPS)), NOW);
        assertThat(threat(score).chainSuccess()).isEqualTo(1.0);
    }

    @Test
    void theCampaignsRiskPointsAreWhatItAddsToTheResidualRisk() {
        ScoringInput input = with(missing("C08"), met("C16"), missing("C15"));
        RiskScore with = RiskModel.score(input, NOW);
        RiskScore without = RiskModel.score(input.withIncidents(List.of()), NOW);
        assertThat(threat(with).riskPoints()).isCloseTo(with.residualRisk() - without.residualRisk(), within(1e-9));
    }
}
