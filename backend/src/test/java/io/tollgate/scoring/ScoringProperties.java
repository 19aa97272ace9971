package io.tollgate.scoring;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Properties of the scoring model over generated inputs (jqwik): the bounds, the directions every term must move
 * in, and the explanation's arithmetic. A failure is shrunk to a small input and its seed is printed and kept in
 * target/.jqwik-database, so the next run tries it first. The seeded loops in the other test classes check some of
 * these on fixed cases; here the generator looks for the case that breaks them.
 */
class ScoringProperties {

    private static final double EPS = 1e-9;
    private static final List<String> CONTROL_IDS = KbCatalogue.CONTROLS.stream().map(KbCatalogue.Entry::id).toList();

    // ---- bounds and grade ------------------------------------------------------------------------------

    @Property
    void theScoreIsBetween0And100WithOneDecimalAndTheGradeIsItsBand(@ForAll("inputs") ScoringInput input,
                                                                    @ForAll("moments") Instant now) {
        RiskScore score = RiskModel.score(input, now);

        assertThat(score.score()).isBetween(0.0, 100.0);
        assertThat(score.score() * 10).isCloseTo(Math.rint(score.score() * 10), within(1e-6));
        assertThat(score.score()).isCloseTo(100.0 - score.residualRisk(), within(0.05 + EPS));
        assertThat(score.inherentImpact()).isBetween(0.0, 100.0);
        assertThat(score.likelihood()).isBetween(0.0, 1.0);
        assertThat(score.controlEffectiveness()).isBetween(0.0, 1.0);
        // The confidence cap may leave more residual risk than the inherent risk of a small holding.
        if (score.confidence() == Confidence.ASSESSED) {
            assertThat(score.residualRisk()).isBetween(0.0, score.inherentRisk() + EPS);
        } else {
            assertThat(score.score()).isLessThanOrEqualTo(RiskModel.UNASSESSED_SCORE_CAP);
        }
        Grade expected = score.score() >= 90 ? Grade.A : score.score() >= 80 ? Grade.B : score.score() >= 65 ? Grade.C
                : score.score() >= 50 ? Grade.D : Grade.F;
        assertThat(score.grade()).isEqualTo(expected);
    }

    @Property(tries = 200)
    void theSameInputAndMomentAlwaysGiveTheSameScore(@ForAll("inputs") ScoringInput input, @ForAll("moments") Instant now) {
        assertThat(RiskModel.score(input, now)).isEqualTo(RiskModel.score(input, now));
    }

    // ---- directions --------------------------------------------------------------------------------------

    @Property
    void addingAControlThatIsMetAndTestedNeverLowersTheScore(@ForAll("inputs") ScoringInput input,
                                                             @ForAll("moments") Instant now,
                                                             @ForAll("controlIds") String controlId) {
        // An answered control is a change, not an addition: raisingAControlsCreditNeverLowersTheScore covers that.
        Assume.that(input.controls().stream().noneMatch(a -> a.controlId().equals(controlId)));
        List<ControlAnswer> more = new ArrayList<>(input.controls());
        more.add(new ControlAnswer(controlId, weightOf(controlId), ControlStatus.MET, EvidenceQuality.INDEPENDENTLY_TESTED));

        assertNeverLessSafe(input, input.withControls(more), now);
    }

    @Property
    void raisingAControlsCreditNeverLowersTheScore(@ForAll("inputs") ScoringInput input, @ForAll("moments") Instant now,
                                                   @ForAll("answers") ControlAnswer change) {
        List<ControlAnswer> controls = new ArrayList<>(input.controls());
        int at = indexOf(controls, change.controlId());
        // Only changes that raise (or keep) the credit of a control that counts.
        Assume.that(at >= 0 && controls.get(at).status() != ControlStatus.NOT_APPLICABLE
                && change.status() != ControlStatus.NOT_APPLICABLE && change.credit() >= controls.get(at).credit());
        controls.set(at, new ControlAnswer(change.controlId(), controls.get(at).baseWeight(), change.status(), change.evidence(),
                controls.get(at).evidenceExpiresOn()));

        assertNeverLessSafe(input, input.withControls(controls), now);
    }

    @Property
    void moreRecordsNeverLowerTheInherentImpactNorRaiseTheScore(@ForAll("inputs") ScoringInput input,
                                                                @ForAll("moments") Instant now,
                                                                @ForAll int which,
                                                                @ForAll("recordCounts") long extra) {
        Assume.that(!input.holdings().isEmpty());
        List<Holding> more = new ArrayList<>(input.holdings());
        int at = Math.floorMod(which, more.size());
        Holding h = more.get(at);
        more.set(at, new Holding(h.category(), h.recordCount() + extra, h.access(), h.vulnerableSubjects()));

        RiskScore was = RiskModel.score(input, now);
        RiskScore is = RiskModel.score(input.withHoldings(more), now);
        assertThat(is.inherentImpact()).isGreaterThanOrEqualTo(was.inherentImpact() - EPS);
        assertThat(is.score()).isLessThanOrEqualTo(was.score());
    }

    @Property
    void anotherHoldingNeverLowersTheInherentImpactNorRaisesTheScore(@ForAll("inputs") ScoringInput input,
                                                                     @ForAll("moments") Instant now,
                                                                     @ForAll("holdings") Holding added) {
        // A second row of a category already held is not "more data": the model keeps categories as a set. A first
        // row replaces the category's assumed holdings (ConfidenceTest).
        Assume.that(!input.holdings().isEmpty() && input.holdings().stream().noneMatch(h -> h.category() == added.category()));
        List<Holding> more = new ArrayList<>(input.holdings());
        more.add(added);

        RiskScore was = RiskModel.score(input, now);
        RiskScore is = RiskModel.score(input.withHoldings(more), now);
        assertThat(is.inherentImpact()).isGreaterThanOrEqualTo(was.inherentImpact() - EPS);
        assertThat(is.score()).isLessThanOrEqualTo(was.score());
    }

    @Property
    void anActiveCampaignNeverRaisesTheScore(@ForAll("inputs") ScoringInput input, @ForAll("moments") Instant now,
                                             @ForAll("incidents") Incident campaign) {
        Incident active = new Incident("added", campaign.name(), campaign.publishedOn(), campaign.lastActivityOn(),
                IncidentStatus.ACTIVE, campaign.severity(), campaign.steps(), campaign.targetedPlatformIds(),
                campaign.targetedCategories(), campaign.compromisedVendorIds(), campaign.entryRoutes());
        List<Incident> more = new ArrayList<>(input.incidents());
        more.add(active);

        RiskScore was = RiskModel.score(input, now);
        RiskScore is = RiskModel.score(input.withIncidents(more), now);
        assertThat(is.likelihood()).isGreaterThanOrEqualTo(was.likelihood() - EPS);
        assertThat(is.score()).isLessThanOrEqualTo(was.score());
    }

    @Property
    void moreExposureNeverRaisesTheScore(@ForAll("inputs") ScoringInput input, @ForAll("moments") Instant now,
                                         @ForAll("exposures") ExposureProfile extra) {
        ExposureProfile e = input.exposure();
        ExposureProfile wider = new ExposureProfile(e.outsourcedContactCentre() || extra.outsourcedContactCentre(),
                e.staffWithAccess() + extra.staffWithAccess(), e.connectedApps() + extra.connectedApps(),
                e.helpDeskResetsCredentials() || extra.helpDeskResetsCredentials(),
                e.internetFacingAdmin() || extra.internetFacingAdmin());

        assertThat(RiskModel.score(input.withExposure(wider), now).score()).isLessThanOrEqualTo(RiskModel.score(input, now).score());
    }

    // ---- explanation ---------------------------------------------------------------------------------------

    @Property
    void theWaterfallAddsUpToTheResidualRiskAndEveryControlCostIsASingleFix(@ForAll("inputs") ScoringInput input,
                                                                           @ForAll("moments") Instant now) {
        RiskScore score = RiskModel.score(input, now);
        Explanation why = score.explanation();

        double waterfall = why.factors().stream().mapToDouble(Explanation.Factor::riskPoints).sum();
        assertThat(waterfall).isCloseTo(score.residualRisk(), within(1e-6));
        assertThat(why.factors().get(0).riskPoints()).isCloseTo(score.inherentImpact(), within(1e-9));
        for (Explanation.ControlCost cost : why.controlCosts()) {
            assertThat(cost.pointsLost()).isPositive().isLessThanOrEqualTo(score.inherentRisk() + EPS);
            assertThat(RiskModel.whatIf(input, now, List.of(cost.controlId())).score()).isGreaterThanOrEqualTo(score.score());
        }
    }

    @Property
    void theFiguresAloneEqualTheFiguresOfTheFullScore(@ForAll("inputs") ScoringInput input, @ForAll("moments") Instant now) {
        RiskModel model = RiskModel.at(now, input.incidents());
        RiskScore full = model.score(input);
        RiskModel.Figures figures = model.figures(input);
        assertThat(figures).isEqualTo(new RiskModel.Figures(full.score(), full.grade(), full.confidence(), full.inherentImpact(),
                full.likelihood(), full.inherentRisk(), full.controlEffectiveness(), full.residualRisk(), full.indicativeLossUsd()));
    }

    @Property
    void anUnknownAnswerNeverScoresBetterThanNotMet(@ForAll("inputs") ScoringInput input, @ForAll("moments") Instant now,
                                                     @ForAll int which) {
        Assume.that(!input.controls().isEmpty());
        int at = Math.floorMod(which, input.controls().size());
        List<ControlAnswer> unknown = new ArrayList<>(input.controls());
        List<ControlAnswer> notMet = new ArrayList<>(input.controls());
        unknown.set(at, unknown.get(at).with(ControlStatus.UNKNOWN, null));
        notMet.set(at, notMet.get(at).with(ControlStatus.NOT_MET, null));
        assertThat(RiskModel.score(input.withControls(unknown), now).score())
                .isEqualTo(RiskModel.score(input.withControls(notMet), now).score());
    }

    @Property
    void completingAnAssessmentNeverLowersTheScore(@ForAll("inputs") ScoringInput input, @ForAll("moments") Instant now) {
        VendorProfile v = input.vendor();
        ScoringInput assessed = new ScoringInput(v.assessedOn(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC)),
                input.holdings(), input.exposure(), input.controls(), input.incidents());
        assertThat(RiskModel.score(assessed, now).score()).isGreaterThanOrEqualTo(RiskModel.score(input, now).score());
    }

    @Property
    void whatIfScoresNeverFallAndEachEqualsARerunOfTheModel(@ForAll("inputs") ScoringInput input, @ForAll("moments") Instant now) {
        RiskScore score = RiskModel.score(input, now);
        double previous = score.score();
        for (Explanation.WhatIf whatIf : score.explanation().whatIf()) {
            assertThat(whatIf.score()).isGreaterThanOrEqualTo(previous);
            Explanation.WhatIf rerun = RiskModel.whatIf(input, now, whatIf.controlIds());
            assertThat(rerun.score()).isEqualTo(whatIf.score());
            assertThat(rerun.controlIds()).containsExactlyInAnyOrderElementsOf(whatIf.controlIds());
            assertThat(whatIf.grade()).isEqualTo(Grade.of(whatIf.score()));
            previous = whatIf.score();
        }
    }

    // ---- generators ----------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Instant> moments() {
        return Arbitraries.integers().between(-400, 400).map(days -> Fixtures.NOW.plus(days, ChronoUnit.DAYS));
    }

    @Provide
    Arbitrary<String> controlIds() {
        return Arbitraries.of(CONTROL_IDS);
    }

    @Provide
    Arbitrary<Long> recordCounts() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 10_000), Arbitraries.longs().between(0, 100_000_000_000L));
    }

    @Provide
    Arbitrary<Holding> holdings() {
        return Combinators.combine(Arbitraries.of(DataCategory.class), recordCounts(), Arbitraries.of(AccessType.class),
                Arbitraries.of(true, false, false, false)).as(Holding::new);
    }

    @Provide
    Arbitrary<ExposureProfile> exposures() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 500),
                Arbitraries.integers().between(0, 12), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(ExposureProfile::new);
    }

    @Provide
    Arbitrary<ControlAnswer> answers() {
        return controlIds().flatMap(id -> answer(id, weightOf(id)));
    }

    private Arbitrary<ControlAnswer> answer(String id, int weight) {
        Arbitrary<LocalDate> expiry = Arbitraries.integers().between(-300, 300).map(Fixtures.TODAY::plusDays).injectNull(0.6);
        return Combinators.combine(Arbitraries.of(ControlStatus.class), Arbitraries.of(EvidenceQuality.class).injectNull(0.2),
                        expiry)
                .filter((status, evidence, expires) -> status.credit() == 0.0 || evidence != null)
                .as((status, evidence, expires) -> new ControlAnswer(id, weight, status, evidence, expires));
    }

    private Arbitrary<List<ControlAnswer>> controls() {
        List<Arbitrary<ControlAnswer>> each = KbCatalogue.CONTROLS.stream()
                .map(entry -> answer(entry.id(), entry.baseWeight()).injectNull(0.25)).toList();
        return Combinators.combine(each).as(list -> list.stream().filter(Objects::nonNull).toList());
    }

    @Provide
    Arbitrary<Incident> incidents() {
        Arbitrary<Map<String, Double>> breakers = Arbitraries.maps(controlIds(),
                Arbitraries.oneOf(Arbitraries.doubles().between(0.0, 1.0), Arbitraries.just(1.0))).ofMaxSize(8);
        Arbitrary<List<AttackStep>> steps = breakers.map(b -> new AttackStep("step", List.of(), b)).list().ofMaxSize(5);
        Arbitrary<Set<Long>> platforms = Arbitraries.of(Fixtures.PLATFORM_ID, Fixtures.OTHER_PLATFORM_ID).set();
        Arbitrary<Set<VendorCategory>> categories = Arbitraries.of(VendorCategory.class).set().ofMaxSize(2);
        Arbitrary<Set<Long>> compromised = Arbitraries.of(Set.<Long>of(), Set.<Long>of(), Set.<Long>of(), Set.of(Fixtures.VENDOR_ID));
        Arbitrary<Set<EntryRoute>> routes = Arbitraries.of(EntryRoute.class).set();
        Arbitrary<LocalDate> published = Arbitraries.integers().between(-30, 900).map(Fixtures.TODAY::minusDays);
        Arbitrary<Integer> active = Arbitraries.integers().between(0, 200);
        return Combinators.combine(published, active, Arbitraries.of(IncidentStatus.class), Arbitraries.of(Severity.class),
                        steps, platforms, categories, compromised)
                .flatAs((on, days, status, severity, chain, plat, cat, comp) -> routes.map(r ->
                        new Incident("I", "Campaign", on, on.plusDays(days), status, severity, chain, plat, cat, comp, r)));
    }

    @Provide
    Arbitrary<ScoringInput> inputs() {
        Arbitrary<LocalDate> assessedOn = Arbitraries.integers().between(-30, 800).map(Fixtures.TODAY::minusDays).injectNull(0.3);
        Arbitrary<VendorProfile> vendors = Combinators.combine(Arbitraries.of(VendorCategory.class),
                        Arbitraries.of(Fixtures.PLATFORM_ID, Fixtures.OTHER_PLATFORM_ID).set(), assessedOn)
                .as((category, platforms, assessed) -> new VendorProfile(Fixtures.VENDOR_ID, category, platforms, assessed));
        Arbitrary<List<Incident>> incidents = incidents().list().ofMaxSize(3).map(list -> {
            List<Incident> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Incident c = list.get(i);
                unique.add(new Incident("I" + i, c.name(), c.publishedOn(), c.lastActivityOn(), c.status(), c.severity(),
                        c.steps(), c.targetedPlatformIds(), c.targetedCategories(), c.compromisedVendorIds(),
                        c.entryRoutes()));
            }
            return unique;
        });
        return Combinators.combine(vendors, holdings().list().ofMaxSize(6), exposures(), controls(), incidents)
                .as(ScoringInput::new);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static int weightOf(String controlId) {
        return KbCatalogue.CONTROLS.stream().filter(e -> e.id().equals(controlId)).findFirst().orElseThrow().baseWeight();
    }

    private static int indexOf(List<ControlAnswer> controls, String controlId) {
        for (int i = 0; i < controls.size(); i++) {
            if (controls.get(i).controlId().equals(controlId)) {
                return i;
            }
        }
        return -1;
    }

    private static void assertNeverLessSafe(ScoringInput before, ScoringInput after, Instant now) {
        RiskScore was = RiskModel.score(before, now);
        RiskScore is = RiskModel.score(after, now);
        assertThat(is.controlEffectiveness()).as("effectiveness").isGreaterThanOrEqualTo(was.controlEffectiveness() - EPS);
        assertThat(is.score()).as("score").isGreaterThanOrEqualTo(was.score());
    }
}
