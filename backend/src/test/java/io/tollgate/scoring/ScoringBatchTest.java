package io.tollgate.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The score-only path gives exactly the full path's figures, bit for bit. */
class ScoringBatchTest {

    private static final List<String> CATALOGUE = KbCatalogue.CONTROLS.stream().map(KbCatalogue.Entry::id).toList();

    private static void assertSameFigures(ScoringBatch.Figures fast, RiskScore full, String what) {
        assertThat(fast.score()).as(what).isEqualTo(full.score());
        assertThat(fast.grade()).as(what).isEqualTo(full.grade());
        assertThat(fast.inherentImpact()).as(what).isEqualTo(full.inherentImpact());
        assertThat(fast.likelihood()).as(what).isEqualTo(full.likelihood());
        assertThat(fast.inherentRisk()).as(what).isEqualTo(full.inherentRisk());
        assertThat(fast.controlEffectiveness()).as(what).isEqualTo(full.controlEffectiveness());
        assertThat(fast.residualRisk()).as(what).isEqualTo(full.residualRisk());
        assertThat(fast.indicativeLossUsd()).as(what).isEqualTo(full.indicativeLossUsd());
    }

    /** Random vendors, each with its own random campaigns, scored at random moments around the fixtures' today. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void theScoreOnlyPathGivesTheFullPathsFiguresForRandomInputs(long seed) {
        RandomInputs random = new RandomInputs(seed);
        for (int i = 0; i < 2_000; i++) {
            ScoringInput input = random.next();
            if (random.random().nextInt(4) == 0) {
                // Many connected apps: beyond the batch's route-match table.
                input = input.withExposure(new ExposureProfile(random.random().nextBoolean(), 0,
                        10 + random.random().nextInt(70), random.random().nextBoolean(), random.random().nextBoolean()));
            }
            Instant now = Fixtures.NOW.plus(Duration.ofHours(random.random().nextInt(24 * 400) - 24 * 100));
            ScoringBatch batch = ScoringBatch.prepare(input.incidents(), CATALOGUE, now);
            assertSameFigures(batch.score(input), RiskModel.score(input, now), "seed " + seed + " case " + i + ": " + input);
        }
    }

    /** The bulk re-score's shape: one batch shared by many vendors, controls in catalogue order or not. */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void oneBatchScoresManyVendorsLikeTheFullPath(long seed) {
        RandomInputs random = new RandomInputs(seed);
        List<Incident> campaigns = List.of(random.incident("UNC6040"), random.incident("UNC6395"), random.incident("X1"),
                random.incident("X2"), random.incident("X3"));
        Instant now = Fixtures.NOW;
        ScoringBatch inOrder = ScoringBatch.prepare(campaigns, CATALOGUE, now);
        ScoringBatch noOrder = ScoringBatch.prepare(campaigns, List.of(), now);
        for (int i = 0; i < 2_000; i++) {
            List<ControlAnswer> controls = new ArrayList<>(random.controls());
            if (random.random().nextBoolean()) {
                Collections.shuffle(controls, random.random());
            }
            ScoringInput input = new ScoringInput(random.vendor(), random.holdings(), random.exposure(), controls, campaigns);
            RiskScore full = RiskModel.score(input, now);
            assertSameFigures(inOrder.score(input), full, "seed " + seed + " case " + i);
            assertSameFigures(noOrder.score(input), full, "seed " + seed + " case " + i + " without an order");
        }
    }

    @Test
    void theQantasLikeContactCentreScores64Point1OnTheScoreOnlyPath() {
        ScoringInput input = QantasLikeScenario.asIsDuringCampaign();
        ScoringBatch batch = ScoringBatch.prepare(input.incidents(), CATALOGUE, QantasLikeScenario.ASSESSED);

        ScoringBatch.Figures figures = batch.score(input);

        assertThat(figures.score()).isEqualTo(64.1);
        assertThat(figures.grade()).isEqualTo(Grade.D);
    }

    @Test
    void aCampaignPublishedAfterTheBatchsMomentDoesNotCount() {
        ScoringInput input = QantasLikeScenario.asIsDuringCampaign();
        Instant beforeTheCampaigns = Instant.parse("2025-01-01T00:00:00Z");

        ScoringBatch.Figures figures = ScoringBatch.prepare(input.incidents(), CATALOGUE, beforeTheCampaigns).score(input);

        assertThat(figures.score()).isEqualTo(RiskModel.score(input.withIncidents(List.of()), beforeTheCampaigns).score());
        assertThat(figures.likelihood()).isLessThan(RiskModel.score(input, QantasLikeScenario.ASSESSED).likelihood());
    }

    @Test
    void anInputWithOtherCampaignsThanTheBatchIsRejected() {
        ScoringInput input = QantasLikeScenario.asIsDuringCampaign();
        ScoringBatch batch = ScoringBatch.prepare(List.of(), CATALOGUE, QantasLikeScenario.ASSESSED);

        assertThatIllegalArgumentException().isThrownBy(() -> batch.score(input));
        assertThatIllegalArgumentException().isThrownBy(() -> batch.score(null));
    }
}
