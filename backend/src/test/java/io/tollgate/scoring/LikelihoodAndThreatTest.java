package io.tollgate.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.tollgate.scoring.Fixtures.NOW;
import static io.tollgate.scoring.Fixtures.TODAY;
import static io.tollgate.scoring.Fixtures.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LikelihoodAndThreatTest {

    private static final double EPS = 1e-9;

    private static RiskScore score(ScoringInput input) {
        return RiskModel.score(input, NOW);
    }

    private static RiskScore withIncidents(Incident... incidents) {
        return score(Fixtures.plainInput().withIncidents(List.of(incidents)));
    }

    /** The attempt index of the one campaign that touches the vendor, 0 when none does. */
    private static double attempt(RiskScore score) {
        return score.explanation().threats().stream().mapToDouble(Explanation.Threat::attempt).sum();
    }

    // ---- base likelihood -----------------------------------------------------------------------

    @Test
    void withNoExposureTheBaseLikelihoodIsThirtyPercent() {
        assertThat(score(Fixtures.plainInput().withExposure(ExposureProfile.none())).likelihood()).isCloseTo(0.30, within(EPS));
    }

    @Test
    void everyEntryRouteAddsItsShareOfLikelihood() {
        RiskScore score = score(Fixtures.plainInput().withExposure(new ExposureProfile(true, 0, 1, true, true)));
        assertThat(score.likelihood()).isCloseTo(0.30 + 0.15 + 0.15 * 0.5 + 0.10 + 0.05, within(EPS));
        assertThat(score.explanation().exposure()).extracting(Explanation.ExposureTerm::route)
                .containsExactly(EntryRoute.values());
        assertThat(score.explanation().exposure().stream().mapToDouble(Explanation.ExposureTerm::likelihood).sum())
                .isCloseTo(score.likelihood() - 0.30, within(EPS));
    }

    @ParameterizedTest
    @CsvSource({"0, false", "49, false", "50, true", "5000, true"})
    void aWorkforceOfFiftyWithAccessIsAsExposedAsAContactCentre(int staff, boolean exposed) {
        assertThat(new ExposureProfile(false, staff, 0, false, false).degree(EntryRoute.STAFF_WITH_ACCESS))
                .isEqualTo(exposed ? 1.0 : 0.0);
    }

    @ParameterizedTest
    @CsvSource({"0, 0.0", "1, 0.5", "2, 0.75", "3, 0.875", "10, 0.9990234375"})
    void connectedAppsSaturateEachHalvingTheRemainingDistance(int apps, double degree) {
        assertThat(new ExposureProfile(false, 0, apps, false, false).degree(EntryRoute.CONNECTED_APPS))
                .isCloseTo(degree, within(EPS));
    }

    @Test
    void aCampaignRaisesTheLikelihoodAsTheChanceItIsAttempted() {
        // A sector-only match: strength 0.25, so attempted with 0.5 (half the reference strength 0.5).
        Incident sector = incident("X").platforms().categories(VendorCategory.CONTACT_CENTRE).build();
        RiskScore score = score(Fixtures.plainInput().withIncidents(List.of(sector)));
        double l0 = 0.30 + 0.15 + 0.15 * 0.5;
        assertThat(attempt(score)).isCloseTo(0.5, within(EPS));
        assertThat(score.likelihood()).isCloseTo(1 - (1 - l0) * (1 - 0.5), within(EPS)).isLessThan(1.0);
    }

    @Test
    void aLiveCriticalCampaignOnTheVendorsPlatformIsCertainToBeAttempted() {
        RiskScore score = withIncidents(incident("X").build());
        assertThat(attempt(score)).isEqualTo(1.0);
        assertThat(score.likelihood()).isEqualTo(1.0);
    }

    // ---- relevance: only vendors the campaign touches ------------------------------------------

    @Test
    void aCampaignOnAnotherPlatformAndSectorDoesNotTouchTheVendor() {
        RiskScore score = withIncidents(incident("X").platforms(Fixtures.OTHER_PLATFORM_ID)
                .categories(VendorCategory.PAYROLL).brokenBy(Map.of("C08", 1.0)).build());
        assertThat(score.explanation().threats()).isEmpty();
        assertThat(attempt(score)).isZero();
        assertThat(score).usingRecursiveComparison().ignoringFields("explanation.threats")
                .isEqualTo(withIncidents());
    }

    @Test
    void aCampaignOnThePlatformTheVendorRunsOnTouchesIt() {
        RiskScore score = withIncidents(incident("X").build());
        assertThat(score.explanation().threats()).singleElement()
                .satisfies(t -> assertThat(t.match()).isEqualTo(ThreatMatch.PLATFORM));
        assertThat(score.explanation().threats().get(0).strength()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void aCampaignOnAPlatformTouchesThePlatformVendorItself() {
        VendorProfile salesforce = new VendorProfile(Fixtures.PLATFORM_ID, VendorCategory.CRM, Set.of());
        Incident campaign = incident("X").build();
        assertThat(RiskModel.match(salesforce, campaign)).isEqualTo(ThreatMatch.PLATFORM);
    }

    @ParameterizedTest
    @CsvSource({"CONTACT_CENTRE, SECTOR", "PAYROLL, NONE"})
    void aSectorCampaignTouchesOnlyVendorsOfThatCategory(VendorCategory category, ThreatMatch expected) {
        VendorProfile vendor = new VendorProfile(Fixtures.VENDOR_ID, category, Set.of());
        Incident campaign = incident("X").platforms().categories(VendorCategory.CONTACT_CENTRE).build();
        assertThat(RiskModel.match(vendor, campaign)).isEqualTo(expected);
    }

    @Test
    void aConfirmedCompromiseOfAnIntegrationTheVendorUsesIsTheStrongestMatch() {
        VendorProfile usesDrift = new VendorProfile(Fixtures.VENDOR_ID, VendorCategory.CONTACT_CENTRE, Set.of(Fixtures.PLATFORM_ID, 200L));
        Incident campaign = incident("X").compromised(200L).build();
        assertThat(RiskModel.match(usesDrift, campaign)).isEqualTo(ThreatMatch.COMPROMISED);
    }

    @Test
    void matchStrengthsAreTheKbsQuarterHalfAndOne() {
        assertThat(ThreatMatch.SECTOR.strength()).isEqualTo(0.25);
        assertThat(ThreatMatch.PLATFORM.strength()).isEqualTo(0.5);
        assertThat(ThreatMatch.COMPROMISED.strength()).isEqualTo(1.0);
    }

    @Test
    void routeMatchIsTheVendorsMeanExposureOnTheCampaignsEntryRoutes() {
        // contact centre (1.0) and one connected app (0.5), no help-desk resets (0.0)
        RiskScore score = withIncidents(incident("X").routes(EntryRoute.STAFF_WITH_ACCESS, EntryRoute.CONNECTED_APPS,
                EntryRoute.HELP_DESK_RESETS).build());
        assertThat(score.explanation().threats().get(0).routeMatch()).isCloseTo(0.5, within(EPS));
        assertThat(attempt(score)).isCloseTo(0.5 * 0.5 / 0.5, within(EPS));
    }

    @Test
    void aCampaignWhoseEntryRouteTheVendorDoesNotHaveAddsNothing() {
        RiskScore score = withIncidents(incident("X").routes(EntryRoute.HELP_DESK_RESETS).brokenBy(Map.of("C08", 1.0)).build());
        assertThat(attempt(score)).isZero();
        assertThat(score.score()).isEqualTo(withIncidents().score());
    }

    @ParameterizedTest
    @EnumSource(Severity.class)
    void severityScalesTheStrength(Severity severity) {
        RiskScore score = withIncidents(incident("X").severity(severity).build());
        assertThat(score.explanation().threats().get(0).strength()).isCloseTo(0.5 * severity.factor(), within(EPS));
    }

    // ---- decay over time -----------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"0, 1.0", "91.3125, 0.7071067811865476", "182.625, 0.5", "365.25, 0.25", "730.5, 0.0625"})
    void theBoostHalvesEverySixMonths(double days, double expected) {
        Instant now = TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(Math.round(days * 86_400));
        assertThat(RiskModel.decay(TODAY, now)).isCloseTo(expected, within(1e-6));
    }

    @Test
    void olderCampaignsBoostLessDayByDay() {
        double previous = Double.MAX_VALUE;
        for (int days = 0; days <= 1000; days += 25) {
            Incident campaign = incident("X").published(TODAY.minusDays(days)).build();
            double strength = withIncidents(campaign).explanation().threats().get(0).strength();
            assertThat(strength).isLessThan(previous).isGreaterThan(0.0);
            previous = strength;
        }
    }

    @Test
    void decayRunsFromTheLastReportedActivityNotThePublicationDate() {
        Incident stillActive = incident("X").published(TODAY.minusDays(400)).lastActivity(TODAY).build();
        assertThat(withIncidents(stillActive).explanation().threats().get(0).decay()).isEqualTo(1.0);
    }

    @Test
    void activeBoostsFullyFadingHalfAndArchivedNotAtAll() {
        LocalDate aMonthAgo = TODAY.minusDays(30);
        double active = strength(withIncidents(incident("X").published(aMonthAgo).status(IncidentStatus.ACTIVE).build()));
        double fading = strength(withIncidents(incident("X").published(aMonthAgo).status(IncidentStatus.FADING).build()));
        double archived = strength(withIncidents(incident("X").published(aMonthAgo).status(IncidentStatus.ARCHIVED).build()));
        assertThat(active).isCloseTo(0.5 * Math.pow(0.5, 30 / 182.625), within(EPS));
        assertThat(fading).isCloseTo(active / 2, within(EPS));
        assertThat(archived).isZero();
    }

    private static double strength(RiskScore score) {
        return score.explanation().threats().get(0).strength();
    }

    @Test
    void anArchivedCampaignLeavesTheScoreAsIfItDidNotExist() {
        Incident archived = incident("X").status(IncidentStatus.ARCHIVED).brokenBy(Map.of("C08", 1.0)).build();
        RiskScore with = withIncidents(archived);
        RiskScore without = withIncidents();
        assertThat(with.score()).isEqualTo(without.score());
        assertThat(with.residualRisk()).isEqualTo(without.residualRisk());
        assertThat(with.explanation().threats()).singleElement().satisfies(t -> assertThat(t.riskPoints()).isZero());
    }

    @Test
    void aCampaignPublishedAfterTheScoringMomentDoesNotExistYet() {
        Incident tomorrow = incident("X").published(TODAY.plusDays(1)).brokenBy(Map.of("C08", 1.0)).build();
        RiskScore score = withIncidents(tomorrow);
        assertThat(score.explanation().threats()).isEmpty();
        assertThat(score.score()).isEqualTo(withIncidents().score());
    }

    @Test
    void rescoringTheSameInputAtTheSameMomentGivesTheSameScore() {
        ScoringInput input = QantasLikeScenario.asIsDuringCampaign();
        assertThat(RiskModel.score(input, NOW)).isEqualTo(RiskModel.score(input, NOW));
    }

    @Test
    void theSameVendorGetsSaferAsTheCampaignAges() {
        ScoringInput input = QantasLikeScenario.asIsDuringCampaign();
        double previous = -1;
        for (int months = 0; months <= 36; months += 3) {
            double score = RiskModel.score(input, NOW.plus(months * 30L, ChronoUnit.DAYS)).score();
            assertThat(score).isGreaterThanOrEqualTo(previous);
            previous = score;
        }
        assertThat(previous).isGreaterThan(RiskModel.score(input, NOW).score());
    }

    // ---- monotonicity ----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35})
    void moreExposureIsNeverSafer(long seed) {
        RandomInputs random = new RandomInputs(seed);
        for (int i = 0; i < 200; i++) {
            ScoringInput input = random.next();
            ExposureProfile e = input.exposure();
            ExposureProfile more = new ExposureProfile(e.outsourcedContactCentre() || random.random().nextBoolean(),
                    e.staffWithAccess() + random.random().nextInt(60), e.connectedApps() + random.random().nextInt(3),
                    e.helpDeskResetsCredentials() || random.random().nextBoolean(),
                    e.internetFacingAdmin() || random.random().nextBoolean());
            InherentImpactTest.assertNeverSafer(input, input.withExposure(more));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43, 44, 45})
    void anotherCampaignIsNeverSafer(long seed) {
        RandomInputs random = new RandomInputs(seed);
        for (int i = 0; i < 200; i++) {
            ScoringInput input = random.next();
            List<Incident> more = new ArrayList<>(input.incidents());
            more.add(random.incident("extra"));
            InherentImpactTest.assertNeverSafer(input, input.withIncidents(more));
        }
    }
}
