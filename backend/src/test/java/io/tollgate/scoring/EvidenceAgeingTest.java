package io.tollgate.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.tollgate.scoring.Fixtures.NOW;
import static io.tollgate.scoring.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Evidence ages: past its expiry an answer counts as self-attested, and past the grace period as unknown. */
class EvidenceAgeingTest {

    private static RiskScore withC01(ControlAnswer c01) {
        return RiskModel.score(Fixtures.plainInput().withControls(List.of(c01)), NOW);
    }

    private static ControlAnswer metAndTested() {
        return Fixtures.answer("C01", 5, ControlStatus.MET, EvidenceQuality.INDEPENDENTLY_TESTED);
    }

    private static double effectiveness(RiskScore score) {
        return score.explanation().factors().stream().filter(f -> f.name().equals("controlEffectiveness"))
                .findFirst().orElseThrow().value();
    }

    @Test
    void evidenceValidTodayCountsInFull() {
        assertThat(effectiveness(withC01(metAndTested().expiringOn(TODAY)))).isEqualTo(1.0);
    }

    @Test
    void expiredEvidenceCountsAsSelfAttested() {
        RiskScore expired = withC01(metAndTested().expiringOn(TODAY.minusDays(1)));
        assertThat(effectiveness(expired)).isEqualTo(EvidenceQuality.SELF_ATTESTED.factor());
        assertThat(expired.explanation().controlCosts()).singleElement()
                .satisfies(c -> assertThat(c.evidenceExpired()).isTrue());
    }

    @Test
    void pastTheGracePeriodTheAnswerCountsAsUnknown() {
        RiskScore lastGraceDay = withC01(metAndTested().expiringOn(TODAY.minusDays(RiskModel.EVIDENCE_GRACE_DAYS)));
        RiskScore pastGrace = withC01(metAndTested().expiringOn(TODAY.minusDays(RiskModel.EVIDENCE_GRACE_DAYS + 1)));
        assertThat(effectiveness(lastGraceDay)).isEqualTo(EvidenceQuality.SELF_ATTESTED.factor());
        assertThat(effectiveness(pastGrace)).isZero();
        assertThat(pastGrace.score()).isEqualTo(withC01(Fixtures.answer("C01", 5, ControlStatus.UNKNOWN, null)).score());
    }

    @Test
    void selfAttestedMetEarnsLessThanEvidencedMet() {
        double selfAttested = withC01(Fixtures.answer("C01", 5, ControlStatus.MET, EvidenceQuality.SELF_ATTESTED)).score();
        double documented = withC01(Fixtures.answer("C01", 5, ControlStatus.MET, EvidenceQuality.DOCUMENTED)).score();
        double tested = withC01(metAndTested()).score();
        assertThat(selfAttested).isLessThan(documented);
        assertThat(documented).isLessThan(tested);
    }

    @Test
    void agingNeverRaisesTheScoreDayByDay() {
        ScoringInput input = Fixtures.plainInput().withControls(List.of(metAndTested().expiringOn(TODAY)));
        double previous = Double.MAX_VALUE;
        for (int day = 0; day < 200; day += 7) {
            double score = RiskModel.score(input, NOW.plus(java.time.Duration.ofDays(day))).score();
            assertThat(score).isLessThanOrEqualTo(previous);
            previous = score;
        }
    }
}
