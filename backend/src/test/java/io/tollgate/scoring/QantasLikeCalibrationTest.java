package io.tollgate.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.tollgate.scoring.QantasLikeScenario.ASSESSED;
import static io.tollgate.scoring.QantasLikeScenario.A_YEAR_LATER;
import static io.tollgate.scoring.QantasLikeScenario.afterFixes;
import static io.tollgate.scoring.QantasLikeScenario.asIs;
import static io.tollgate.scoring.QantasLikeScenario.input;
import static io.tollgate.scoring.QantasLikeScenario.smallHoldings;
import static io.tollgate.scoring.QantasLikeScenario.unc6040;
import static io.tollgate.scoring.QantasLikeScenario.unc6395;
import static io.tollgate.scoring.QantasLikeScenario.withChainBreakers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The calibration targets of knowledge base section 4.4 on its section 4.3 inputs (an assessed, Qantas-like
 * outsourced contact centre on Salesforce), and the figures docs/scoring-model.md walks through.
 */
class QantasLikeCalibrationTest {

    private static final List<Incident> CAMPAIGNS = List.of(unc6040(), unc6395());

    private static RiskScore noCampaign() {
        return RiskModel.score(input(asIs(), List.of()), ASSESSED);
    }

    private static RiskScore duringCampaigns(List<ControlAnswer> answers) {
        return RiskModel.score(input(answers, CAMPAIGNS), ASSESSED);
    }

    private static int steps(Grade from, Grade to) {
        return to.ordinal() - from.ordinal();
    }

    @Test
    void withNoCampaignTheAssessedContactCentreIsAC() {
        RiskScore score = noCampaign();
        assertThat(score.grade()).isEqualTo(Grade.C);
        assertThat(score.confidence()).isEqualTo(Confidence.ASSESSED);
        assertThat(score.inherentImpact()).isCloseTo(56.4, within(0.05));
        assertThat(score.likelihood()).isCloseTo(0.525, within(1e-9));
        assertThat(score.explanation().factors()).filteredOn(f -> f.name().equals("controlEffectiveness"))
                .singleElement().satisfies(f -> assertThat(f.value()).isCloseTo(0.35, within(0.001)));
    }

    @Test
    void withUnc6040AndUnc6395ActiveItIsAtLeastOneGradeWorse() {
        assertThat(steps(noCampaign().grade(), duringCampaigns(asIs()).grade())).isGreaterThanOrEqualTo(1);
    }

    @Test
    void meetingTheThreeControlsThatBreakTheVishingChainLiftsItAtLeastOneGrade() {
        RiskScore asIs = duringCampaigns(asIs());
        RiskScore broken = duringCampaigns(withChainBreakers());
        assertThat(steps(broken.grade(), asIs.grade())).isGreaterThanOrEqualTo(1);
        // The what-if toggles give the same figure as re-scoring with the answers changed.
        assertThat(RiskModel.whatIf(input(asIs(), CAMPAIGNS), ASSESSED, QantasLikeScenario.CHAIN_BREAKERS).score())
                .isEqualTo(broken.score());
    }

    @Test
    void unrelatedUnansweredControlsCostFarLessThanTheChainBreakers() {
        RiskScore asIs = duringCampaigns(asIs());
        double chainBreakers = asIs.explanation().controlCosts().stream()
                .filter(c -> QantasLikeScenario.CHAIN_BREAKERS.contains(c.controlId()))
                .mapToDouble(Explanation.ControlCost::pointsLost).sum();
        List<ControlAnswer> withUnrelatedGaps = new java.util.ArrayList<>(asIs());
        for (String id : List.of("C26", "C32", "C33", "C34", "C35")) {
            withUnrelatedGaps.add(KbCatalogue.answer(id, ControlStatus.UNKNOWN, null));
        }
        double unrelated = asIs.score() - duringCampaigns(withUnrelatedGaps).score();
        assertThat(unrelated).isLessThan(chainBreakers / 4);
    }

    @Test
    void fixedAndTwelveMonthsAfterTheLastActivityItIsAB() {
        RiskScore later = RiskModel.score(input(afterFixes(), CAMPAIGNS), A_YEAR_LATER);
        assertThat(later.grade()).isEqualTo(Grade.B);
    }

    @Test
    void holding200NamesAndEmailsItIsAtLeastTwoGradesBetterThanWith5Point7Million() {
        RiskScore large = noCampaign();
        RiskScore small = RiskModel.score(input(asIs(), List.of()).withHoldings(smallHoldings()), ASSESSED);
        assertThat(steps(small.grade(), large.grade())).isGreaterThanOrEqualTo(2);

        RiskScore largeDuring = duringCampaigns(asIs());
        RiskScore smallDuring = RiskModel.score(input(asIs(), CAMPAIGNS).withHoldings(smallHoldings()), ASSESSED);
        assertThat(steps(smallDuring.grade(), largeDuring.grade())).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theCampaignsStepsNameTheControlsThatBreakThemBest() {
        RiskScore score = duringCampaigns(withChainBreakers());
        Explanation.Threat vishing = score.explanation().threats().stream()
                .filter(t -> t.incidentId().equals("UNC6040")).findFirst().orElseThrow();
        assertThat(vishing.steps()).extracting(Explanation.StepOutcome::controlId)
                .containsExactly("C05", "C02", "C08", "C06", "C11");
        assertThat(vishing.attempt()).isEqualTo(1.0);
        assertThat(vishing.chainSuccess()).isLessThan(0.05);
    }

    @Test
    void theFiguresOfTheWorkedExample() {
        // docs/scoring-model.md, "Worked example": every figure below is quoted there.
        RiskScore none = noCampaign();
        RiskScore asIs = duringCampaigns(asIs());
        RiskScore broken = duringCampaigns(withChainBreakers());
        RiskScore fixed = duringCampaigns(afterFixes());
        RiskScore later = RiskModel.score(input(afterFixes(), CAMPAIGNS), A_YEAR_LATER);
        RiskScore small = RiskModel.score(input(asIs(), List.of()).withHoldings(smallHoldings()), ASSESSED);
        assertThat(List.of(none.score(), asIs.score(), broken.score(), fixed.score(), later.score(), small.score()))
                .containsExactly(78.7, 56.0, 69.3, 84.6, 87.0, 92.0);
        assertThat(LossMagnitude.usd(5_700_000)).isEqualTo(112_937_632L);
    }
}
