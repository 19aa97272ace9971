package io.tollgate.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.tollgate.scoring.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThat;

class InputValidationTest {

    private static Incident incident(Map<String, Double> controls) {
        return new Incident("X", "X", TODAY, null, IncidentStatus.ACTIVE, Severity.HIGH,
                List.of(new AttackStep("step", List.of(), controls)), Set.of(), Set.of(), Set.of(), Set.of());
    }

    @Test
    void negativeRecordCountsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Holding.of(DataCategory.NAME, -1, AccessType.BULK_ACCESS))
                .withMessageContaining("recordCount");
    }

    @Test
    void negativeExposureCountsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ExposureProfile(false, -1, 0, false, false));
        assertThatIllegalArgumentException().isThrownBy(() -> new ExposureProfile(false, 0, -1, false, false));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, 2.0, Double.NaN, Double.POSITIVE_INFINITY})
    void breakingStrengthOutside0To1IsRejected(double strength) {
        assertThatIllegalArgumentException().isThrownBy(() -> incident(Map.of("C08", strength)))
                .withMessageContaining("strength");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 1.0})
    void breakingStrengthFrom0To1IsAccepted(double strength) {
        assertThat(incident(Map.of("C08", strength)).strengthOf("C08")).isEqualTo(strength);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void baseWeightsOutside1To5AreRejected(int weight) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ControlAnswer("C01", weight, ControlStatus.MET, EvidenceQuality.DOCUMENTED));
    }

    @Test
    void aControlThatEarnsCreditNeedsEvidence() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ControlAnswer("C01", 5, ControlStatus.MET, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ControlAnswer("C01", 5, ControlStatus.PARTIAL, null));
        assertThat(new ControlAnswer("C01", 5, ControlStatus.NOT_MET, null).credit()).isZero();
    }

    @Test
    void blankControlIdsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ControlAnswer(" ", 5, ControlStatus.NOT_MET, null));
    }

    @Test
    void lastActivityBeforePublicationIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Incident("X", "X", TODAY, TODAY.minusDays(1),
                IncidentStatus.ACTIVE, Severity.HIGH, List.of(), Set.of(), Set.of(), Set.of(), Set.of()));
    }

    @Test
    void aControlAnsweredTwiceIsRejected() {
        List<ControlAnswer> twice = List.of(Fixtures.answer("C01", 5, ControlStatus.MET, EvidenceQuality.DOCUMENTED),
                Fixtures.answer("C01", 5, ControlStatus.NOT_MET, null));
        assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.plainInput().withControls(twice))
                .withMessageContaining("C01");
    }

    /** Small catalogues are checked pairwise, large ones (over 64 controls) with a set: both must find the repeat. */
    @ParameterizedTest
    @ValueSource(ints = {2, 36, 64, 65, 200})
    void aRepeatedControlIsFoundInACatalogueOfAnySizeAndDistinctOnesPass(int size) {
        List<ControlAnswer> distinct = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            distinct.add(Fixtures.answer("C" + (1000 + i), 1, ControlStatus.MET, EvidenceQuality.DOCUMENTED));
        }
        assertThat(Fixtures.plainInput().withControls(distinct).controls()).hasSize(size);

        List<ControlAnswer> repeated = new ArrayList<>(distinct);
        repeated.set(size - 1, Fixtures.answer("C" + (1000 + size / 3), 1, ControlStatus.NOT_MET, null));
        assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.plainInput().withControls(repeated))
                .withMessageContaining("C" + (1000 + size / 3));
    }

    /**
     * Ids in ascending order take a one-pass check, any other order the full one: in either, a repeat is found
     * exactly when there is one (a set is the oracle), sorted lists with a repeat side by side included.
     */
    @Test
    void aRepeatIsFoundExactlyWhenThereIsOneInAnyOrder() {
        java.util.Random random = new java.util.Random(20261202);
        int withRepeat = 0;
        for (int run = 0; run < 20_000; run++) {
            int size = random.nextInt(80);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                ids.add(String.format("C%02d", random.nextInt(run % 2 == 0 ? 400 : 90)));
            }
            if (random.nextBoolean()) {
                ids.sort(null);
            }
            boolean repeats = new HashSet<>(ids).size() < ids.size();
            withRepeat += repeats ? 1 : 0;
            String found = ScoringInput.firstRepeated(ids, id -> id);
            if (repeats) {
                assertThat(found).as("ids %s", ids).isNotNull();
                assertThat(ids.indexOf(found)).as("ids %s", ids).isNotEqualTo(ids.lastIndexOf(found));
            } else {
                assertThat(found).as("ids %s", ids).isNull();
            }
        }
        assertThat(withRepeat).as("lists with a repeat").isBetween(2_000, 18_000);
    }

    @Test
    void anIncidentListedTwiceIsRejected() {
        Incident x = Fixtures.incident("X").build();
        assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.plainInput().withIncidents(List.of(x, x)));
    }

    @Test
    void nullsAreRejectedWithIllegalArgumentException() {
        ScoringInput valid = Fixtures.plainInput();
        assertThatIllegalArgumentException().isThrownBy(() -> RiskModel.score(null, Fixtures.NOW));
        assertThatIllegalArgumentException().isThrownBy(() -> RiskModel.score(valid, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringInput(null, List.of(), ExposureProfile.none(), List.of(), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringInput(valid.vendor(), null, ExposureProfile.none(), List.of(), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringInput(valid.vendor(), List.of(), null, List.of(), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringInput(valid.vendor(), List.of(), ExposureProfile.none(), null, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringInput(valid.vendor(), List.of(), ExposureProfile.none(), List.of(), null));
        assertThatIllegalArgumentException().isThrownBy(() -> valid.withHoldings(Arrays.asList((Holding) null)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Holding(null, 1, AccessType.BULK_ACCESS, false));
        assertThatIllegalArgumentException().isThrownBy(() -> new Holding(DataCategory.NAME, 1, null, false));
        assertThatIllegalArgumentException().isThrownBy(() -> new ControlAnswer(null, 5, ControlStatus.NOT_MET, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ControlAnswer("C01", 5, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new VendorProfile(1, null, Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new VendorProfile(1, VendorCategory.CRM, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new VendorProfile(1, VendorCategory.CRM, new HashSet<>(Arrays.asList(1L, null))));
        Map<String, Double> nullRelevance = new HashMap<>();
        nullRelevance.put("C08", null);
        assertThatIllegalArgumentException().isThrownBy(() -> incident(nullRelevance));
        assertThatIllegalArgumentException().isThrownBy(() -> new Incident("X", "X", null, null, IncidentStatus.ACTIVE,
                Severity.HIGH, List.of(), Set.of(), Set.of(), Set.of(), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Incident("X", "X", TODAY, null, null,
                Severity.HIGH, List.of(), Set.of(), Set.of(), Set.of(), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Incident("X", "X", TODAY, null, IncidentStatus.ACTIVE,
                null, List.of(), Set.of(), Set.of(), Set.of(), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Incident("X", "X", TODAY, null, IncidentStatus.ACTIVE,
                Severity.HIGH, List.of(), Set.of(), Set.of(), Set.of(), null));
        assertThatIllegalArgumentException().isThrownBy(() -> new AttackStep(null, List.of(), Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new AttackStep("step", null, Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new ExposureProfile(false, 0, 0, false, false).degree(null));
        assertThatIllegalArgumentException().isThrownBy(() -> AssumedHoldings.of(null));
        assertThatIllegalArgumentException().isThrownBy(() -> RiskModel.at(null, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> LossMagnitude.usd(-1));
    }

    @Test
    void inputsAreCopiedSoLaterChangesToTheCallersListsDoNotLeakIn() {
        List<Holding> holdings = new ArrayList<>(List.of(Holding.of(DataCategory.NAME, 1000, AccessType.BULK_ACCESS)));
        ScoringInput input = Fixtures.plainInput().withHoldings(holdings);
        holdings.add(Holding.of(DataCategory.BIOMETRIC, 1000, AccessType.SYSTEM_OF_RECORD));
        assertThat(input.holdings()).hasSize(1);
    }
}
