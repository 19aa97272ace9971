package io.tollgate.scoring;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model's inputs are built from stored rows, so a bad row must not break scoring in an unexpected way: any
 * combination of values is either refused by the input checks with {@link IllegalArgumentException}, or scored to a
 * finite 0-100 score with a grade and an explanation, never another exception, NaN or infinity.
 */
class ScoringInputFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyInputIsRefusedWithIllegalArgumentOrScoredWithinBounds(FuzzedDataProvider data) {
        RiskScore score;
        try {
            ScoringInput input = new ScoringInput(vendor(data), holdings(data), exposure(data), controls(data), incidents(data));
            score = RiskModel.score(input, moment(data));
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(score.score()).isBetween(0.0, 100.0);
        for (double figure : new double[] {score.inherentImpact(), score.likelihood(), score.inherentRisk(),
                score.controlEffectiveness(), score.residualRisk()}) {
            assertThat(figure).isFinite().isGreaterThanOrEqualTo(0.0);
        }
        assertThat(score.indicativeLossUsd()).isNotNegative();
        assertThat(score.grade()).isEqualTo(Grade.of(score.score()));
        assertThat(score.explanation().factors()).allSatisfy(f -> assertThat(f.riskPoints()).isFinite());
    }

    private static VendorProfile vendor(FuzzedDataProvider data) {
        Set<Long> platforms = new HashSet<>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            platforms.add(data.consumeLong(-2, 400));
        }
        return new VendorProfile(data.consumeLong(-2, 400), data.pickValue(VendorCategory.values()), platforms,
                data.consumeBoolean() ? null : date(data));
    }

    private static List<Holding> holdings(FuzzedDataProvider data) {
        List<Holding> holdings = new ArrayList<>();
        for (int i = data.consumeInt(0, 6); i > 0; i--) {
            holdings.add(new Holding(data.pickValue(DataCategory.values()), data.consumeLong(), data.pickValue(AccessType.values()),
                    data.consumeBoolean()));
        }
        return holdings;
    }

    private static ExposureProfile exposure(FuzzedDataProvider data) {
        return new ExposureProfile(data.consumeBoolean(), data.consumeInt(), data.consumeInt(), data.consumeBoolean(),
                data.consumeBoolean());
    }

    private static List<ControlAnswer> controls(FuzzedDataProvider data) {
        List<ControlAnswer> answers = new ArrayList<>();
        for (int i = data.consumeInt(0, 40); i > 0; i--) {
            answers.add(new ControlAnswer(controlId(data), data.consumeInt(), data.pickValue(ControlStatus.values()),
                    data.consumeBoolean() ? null : data.pickValue(EvidenceQuality.values()),
                    data.consumeBoolean() ? null : date(data)));
        }
        return answers;
    }

    private static List<Incident> incidents(FuzzedDataProvider data) {
        List<Incident> incidents = new ArrayList<>();
        for (int i = data.consumeInt(0, 4); i > 0; i--) {
            Map<String, Double> breakers = new HashMap<>();
            for (int c = data.consumeInt(0, 8); c > 0; c--) {
                breakers.put(controlId(data), data.consumeDouble());
            }
            Set<Long> platforms = new HashSet<>();
            for (int p = data.consumeInt(0, 2); p > 0; p--) {
                platforms.add(data.consumeLong(-2, 400));
            }
            Set<EntryRoute> routes = new HashSet<>();
            for (int r = data.consumeInt(0, 4); r > 0; r--) {
                routes.add(data.pickValue(EntryRoute.values()));
            }
            Set<VendorCategory> categories = data.consumeBoolean() ? Set.of(data.pickValue(VendorCategory.values())) : Set.of();
            Set<Long> compromised = data.consumeBoolean() ? Set.of(data.consumeLong(-2, 400)) : Set.of();
            incidents.add(new Incident(data.consumeString(8), data.consumeString(20), date(data),
                    data.consumeBoolean() ? null : date(data), data.pickValue(IncidentStatus.values()),
                    data.pickValue(Severity.values()), List.of(new AttackStep(data.consumeString(10), List.of(), breakers)), platforms, categories, compromised, routes));
        }
        return incidents;
    }

    private static String controlId(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.pickValue(KbCatalogue.CONTROLS).id() : data.consumeString(6);
    }

    private static LocalDate date(FuzzedDataProvider data) {
        return data.consumeBoolean() ? LocalDate.ofEpochDay(data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()))
                : Fixtures.TODAY.minusDays(data.consumeInt(-400, 1000));
    }

    private static Instant moment(FuzzedDataProvider data) {
        return data.consumeBoolean() ? Fixtures.NOW
                : Instant.ofEpochSecond(data.consumeLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()));
    }
}
