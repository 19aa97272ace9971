package io.tollgate.risk;

import io.tollgate.scoring.AccessType;
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
}
