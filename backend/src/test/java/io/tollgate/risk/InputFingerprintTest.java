package io.tollgate.risk;

import io.tollgate.scoring.AccessType;
import io.tollgate.scoring.ControlAnswer;
import io.tollgate.scoring.ControlStatus;
import io.tollgate.scoring.EvidenceQuality;
import io.tollgate.scoring.DataCategory;
import io.tollgate.scoring.ExposureProfile;
import io.tollgate.scoring.Holding;
import io.tollgate.scoring.Incident;
import io.tollgate.scoring.IncidentStatus;
import io.tollgate.scoring.ScoringInput;
import io.tollgate.scoring.Severity;
import io.tollgate.scoring.VendorCategory;
import io.tollgate.scoring.VendorProfile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored input fingerprint, whose incidents' part is built once per incidents list. */
class InputFingerprintTest {
    private static Incident campaign(IncidentStatus status) {
        return new Incident("UNC6040", "Vishing", LocalDate.of(2025, 6, 1), null, status, Severity.CRITICAL,
                Map.of("C08", 1.0), Set.of(100L), Set.of(), Set.of(), Set.of());
    }

    private static ScoringInput input(List<Incident> incidents) {
        return new ScoringInput(new VendorProfile(1L, VendorCategory.CONTACT_CENTRE, Set.of(100L)),
                List.of(new Holding(DataCategory.NAME, 5_700_000, AccessType.BULK_ACCESS, false)),
                ExposureProfile.none(), List.of(), incidents);
    }

    @Test
    void equalIncidentsGiveEqualFingerprintsAndAChangedIncidentAnotherOneWhicheverListCameFirst() {
        List<Incident> active = List.of(campaign(IncidentStatus.ACTIVE));
        List<Incident> activeAgain = new ArrayList<>(active);
        List<Incident> archived = List.of(campaign(IncidentStatus.ARCHIVED));

        String first = RiskInputs.fingerprint(input(active));
        String changed = RiskInputs.fingerprint(input(archived));
        String again = RiskInputs.fingerprint(input(activeAgain));

        assertThat(changed).isNotEqualTo(first);
        assertThat(again).isEqualTo(first);
        assertThat(RiskInputs.fingerprint(input(archived))).isEqualTo(changed);
        assertThat(RiskInputs.fingerprint(input(List.of()))).isNotEqualTo(first).isNotEqualTo(changed);
    }

    private static ScoringInput input(List<Holding> holdings, ExposureProfile exposure, List<ControlAnswer> controls) {
        return new ScoringInput(new VendorProfile(1L, VendorCategory.CONTACT_CENTRE, Set.of(100L, 7L)), holdings,
                exposure, controls, List.of(campaign(IncidentStatus.ACTIVE)));
    }

    @Test
    void everyInputFieldChangesTheFingerprintAndTheOrderOfHoldingsAndControlsDoesNot() {
        Holding names = new Holding(DataCategory.NAME, 5_700_000, AccessType.BULK_ACCESS, false);
        Holding emails = new Holding(DataCategory.EMAIL, 5_700_000, AccessType.BULK_ACCESS, false);
        ControlAnswer mfa = new ControlAnswer("C01", 5, ControlStatus.MET, EvidenceQuality.DOCUMENTED);
        ControlAnswer allowlist = new ControlAnswer("C08", 5, ControlStatus.NOT_MET, null);
        ExposureProfile exposure = new ExposureProfile(true, 120, 3, false, false);
        String base = RiskInputs.fingerprint(input(List.of(names, emails), exposure, List.of(mfa, allowlist)));

        assertThat(RiskInputs.fingerprint(input(List.of(emails, names), exposure, List.of(allowlist, mfa)))).isEqualTo(base);
        List<String> changed = List.of(
                RiskInputs.fingerprint(input(List.of(names, new Holding(DataCategory.EMAIL, 5_700_001, AccessType.BULK_ACCESS, false)), exposure, List.of(mfa, allowlist))),
                RiskInputs.fingerprint(input(List.of(names, new Holding(DataCategory.EMAIL, 5_700_000, AccessType.RECORD_UI, false)), exposure, List.of(mfa, allowlist))),
                RiskInputs.fingerprint(input(List.of(names, new Holding(DataCategory.EMAIL, 5_700_000, AccessType.BULK_ACCESS, true)), exposure, List.of(mfa, allowlist))),
                RiskInputs.fingerprint(input(List.of(names, emails), new ExposureProfile(true, 120, 3, false, true), List.of(mfa, allowlist))),
                RiskInputs.fingerprint(input(List.of(names, emails), new ExposureProfile(true, 121, 3, false, false), List.of(mfa, allowlist))),
                RiskInputs.fingerprint(input(List.of(names, emails), exposure, List.of(mfa.with(ControlStatus.MET, EvidenceQuality.INDEPENDENTLY_TESTED), allowlist))),
                RiskInputs.fingerprint(input(List.of(names, emails), exposure, List.of(mfa.with(ControlStatus.PARTIAL, EvidenceQuality.DOCUMENTED), allowlist))),
                RiskInputs.fingerprint(input(List.of(names, emails), exposure, List.of(mfa))));
        assertThat(changed).doesNotContain(base).doesNotHaveDuplicates();
    }
}
