package io.tollgate.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small builders for test inputs; each test changes only what it is about. */
final class Fixtures {

    static final long VENDOR_ID = 1L;
    static final long PLATFORM_ID = 100L;
    static final long OTHER_PLATFORM_ID = 300L;
    static final Instant NOW = Instant.parse("2025-09-12T00:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2025, 9, 12);
    /** When the fixtures' vendor completed its assessment: the model's confidence cap does not apply to it. */
    static final LocalDate ASSESSED_ON = TODAY.minusDays(30);

    private Fixtures() {
    }

    static VendorProfile vendorOnPlatform() {
        return new VendorProfile(VENDOR_ID, VendorCategory.CONTACT_CENTRE, Set.of(PLATFORM_ID), ASSESSED_ON);
    }

    static ExposureProfile contactCentre() {
        return new ExposureProfile(true, 400, 1, false, false);
    }

    static ScoringInput input(List<Holding> holdings, List<ControlAnswer> controls, List<Incident> incidents) {
        return new ScoringInput(vendorOnPlatform(), holdings, contactCentre(), controls, incidents);
    }

    static ScoringInput plainInput() {
        return input(List.of(Holding.of(DataCategory.NAME, 1_000_000, AccessType.BULK_ACCESS),
                        Holding.of(DataCategory.EMAIL, 1_000_000, AccessType.BULK_ACCESS)),
                List.of(answer("C01", 5, ControlStatus.MET, EvidenceQuality.DOCUMENTED),
                        answer("C08", 5, ControlStatus.NOT_MET, null),
                        answer("C15", 4, ControlStatus.PARTIAL, EvidenceQuality.SELF_ATTESTED)),
                List.of());
    }

    static ControlAnswer answer(String id, int weight, ControlStatus status, EvidenceQuality evidence) {
        return new ControlAnswer(id, weight, status, evidence);
    }

    static AttackStep step(String name, Map<String, Double> breakers) {
        return new AttackStep(name, List.of(), breakers);
    }

    static IncidentBuilder incident(String id) {
        return new IncidentBuilder(id);
    }

    static final class IncidentBuilder {
        private final String id;
        private LocalDate published = TODAY;
        private LocalDate lastActivity = null;
        private IncidentStatus status = IncidentStatus.ACTIVE;
        private Severity severity = Severity.CRITICAL;
        private List<AttackStep> steps = List.of();
        private Set<Long> platforms = Set.of(PLATFORM_ID);
        private Set<VendorCategory> categories = Set.of();
        private Set<Long> compromised = Set.of();
        private Set<EntryRoute> routes = Set.of();

        private IncidentBuilder(String id) {
            this.id = id;
        }

        IncidentBuilder published(LocalDate date) {
            this.published = date;
            return this;
        }

        IncidentBuilder lastActivity(LocalDate date) {
            this.lastActivity = date;
            return this;
        }

        IncidentBuilder status(IncidentStatus value) {
            this.status = value;
            return this;
        }

        IncidentBuilder severity(Severity value) {
            this.severity = value;
            return this;
        }

        /** A one-step chain broken by these controls. */
        IncidentBuilder brokenBy(Map<String, Double> breakers) {
            this.steps = List.of(step("the attack", breakers));
            return this;
        }

        IncidentBuilder steps(AttackStep... values) {
            this.steps = List.of(values);
            return this;
        }

        IncidentBuilder platforms(Long... ids) {
            this.platforms = Set.of(ids);
            return this;
        }

        IncidentBuilder categories(VendorCategory... values) {
            this.categories = Set.of(values);
            return this;
        }

        IncidentBuilder compromised(Long... ids) {
            this.compromised = Set.of(ids);
            return this;
        }

        IncidentBuilder routes(EntryRoute... values) {
            this.routes = Set.of(values);
            return this;
        }

        Incident build() {
            return new Incident(id, id, published, lastActivity, status, severity, steps, platforms,
                    categories, compromised, routes);
        }
    }
}
