package io.tollgate.scoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tollgate's vendor risk model: a pure function from a vendor's data, exposure, control answers and
 * the known threat campaigns, at a given moment, to a 0-100 score (higher is safer) with its explanation.
 * It follows the transparent formula proposed in the knowledge base (section 4.2), with the changes
 * listed below. {@code docs/scoring-model.md} walks through it with the Qantas-like example.
 *
 * <h2>Formula</h2>
 * <pre>
 * Impact      for each record count n held:  S(n) = the categories held for at least n people
 *               DS(n) = min(10, w1 + 0.5 w2 + 0.25 w3 [+1 vulnerable subjects])   weights of S(n), high to low
 *               V(n)  = clamp(log10(n) / 8, 0, 1)
 *               A(n)  = the highest access factor among S(n)
 *               I(n)  = 100 A(n) (0.6 DS(n)/10 + 0.4 V(n))
 *             I = max over n of I(n)
 * Likelihood  L0 = 0.30 + 0.15 [staff with access] + 0.15 (1 - 0.5^apps) + 0.10 [help-desk resets]
 *                  + 0.05 [internet-facing admin]
 *             per relevant campaign c:  sigma_c = match x severity x route match x 0.5^(age / 6 months) x status
 *             TB = 1 + sum sigma_c
 *             L  = 1 - (1 - L0)^TB
 * Controls    credit c_i = status (1 / 0.5 / 0) x evidence (1.0 / 0.8 / 0.6); not applicable left out
 *             pressure p_i = min(1, sum_c sigma_c R_ci / 0.5)
 *             CE_avg = sum b_i c_i / sum b_i (1 + 2 p_i (1 - c_i))
 *             gate: for each control with b = 5 and R_ci &gt;= 0.75 for an active campaign on the vendor's platform,
 *                   cap_i = 0.5 + 0.5 c_i;   CE = min(CE_avg, min cap_i)
 * Residual    IR = I L;  RR = IR (1 - 0.8 CE);  score = 100 - RR (one decimal);  grade A &ge;90, B &ge;80, C &ge;65, D &ge;50, else F
 * </pre>
 *
 * <h2>What changed from the knowledge base proposal, and why</h2>
 * <ol>
 *   <li><b>Impact is the worst coherent breach, not every category times the largest count.</b> The KB
 *       applies one record count to every category, so 5.7 M Qantas records were all scored as if they held a
 *       date of birth, which only 1.7 M did. Holdings carry a count per category, so the model scores each
 *       possible breach "n records carrying every category held for at least n people" and keeps the worst.
 *       Adding records, adding a category or widening access can only enlarge these sets, so the impact
 *       never falls (the KB's max-of-one-N had no such rule for per-category counts).</li>
 *   <li><b>The threat boost scales the hazard instead of hitting a cap.</b> The KB's {@code min(0.95, L0 TB)}
 *       flattens: in its own example L0 TB = 1.05, so two quite different threat levels both give 0.95 and
 *       fixing exposure changes nothing. Reading L0 as 1 - e^-lambda and letting a campaign multiply the attack
 *       rate lambda by TB gives {@code L = 1 - (1 - L0)^TB}: equal to L0 with no threat, always below 1, and
 *       strictly rising in both L0 and TB.</li>
 *   <li><b>A campaign weighs only the gaps.</b> The KB triples the whole weight of a relevant control as soon as
 *       any threat exists ({@code [TB &gt; 1]}). That also triples the credit of relevant controls that are met,
 *       so a campaign could make a vendor look safer than without it, and a campaign that has all but decayed
 *       still triples weights. Here the extra weight {@code 2 p_i b_i} is added only to the unmet part of the
 *       control, and p_i follows the campaigns' current strength (full at the KB's "active campaign on the
 *       vendor's platform, matching entry route" strength of 0.5). So more threat never raises the score.</li>
 *   <li><b>Route match is derived, not judged.</b> Incidents name their entry routes and the KB's r (1 / 0.5 / 0)
 *       becomes the vendor's mean exposure degree on those routes; connected apps saturate (1 - 0.5^apps)
 *       instead of being a yes/no, because every app is another token holder but the tenth adds less than the
 *       first. The KB's s is split into how the campaign touches the vendor ({@link ThreatMatch}) times the
 *       campaign's {@link Severity}; the KB values are the critical case.</li>
 *   <li><b>Decay runs from the last reported activity</b> (default: publication), since UNC6040 was published
 *       in June 2025 and still hitting victims months later; FADING halves the boost, ARCHIVED removes it, and a
 *       campaign published after {@code now} does not exist yet, so old scores can be recomputed as of their date.</li>
 *   <li><b>The gate is graded by what the vendor shows.</b> The KB caps CE at 0.5 when a blocking control scores 0.
 *       Here a blocking control caps CE at {@code 0.5 + 0.5 c_i}: 0.5 when missing, 0.75 when partial and tested,
 *       0.8 when met but only self-attested, no cap when met and tested. The KB's step from "no" to "partial"
 *       lifted the gate entirely. The gate applies only to ACTIVE campaigns that abuse the vendor's platform or
 *       compromised it (not sector-only matches), and to controls with base weight 5 and relevance &ge; 0.75
 *       (the KB's b = 5, R = 1 on a continuous relevance scale).</li>
 *   <li><b>Unknown answers count as gaps</b>, so not answering is never better than answering "no".</li>
 *   <li><b>Grades are read from the displayed, rounded score</b>, so a score shown as 90.0 is never a B.</li>
 * </ol>
 * Every term is monotone in the direction that matters: more records, more sensitive data, wider access,
 * more exposure or more threat never raise the score; meeting a control or showing stronger evidence
 * never lowers it. The tests check these properties.
 *
 * <p>L is an ordinal index, not a calibrated annual probability (KB 4.2), so residual risk is not an
 * annual expected loss; {@link LossMagnitude} gives the separate, indicative money figure.
 */
public final class RiskModel {

    /** Stored with every score; change it whenever a constant or the formula changes. */
    public static final String MODEL_VERSION = "2026.1";

    // Impact (KB 4.2, 3.1)
    static final double SENSITIVITY_SHARE = 0.6;
    static final double VOLUME_SHARE = 0.4;
    static final double[] SENSITIVITY_RANK_FACTORS = {1.0, 0.5, 0.25};
    static final double VULNERABLE_SUBJECTS_BONUS = 1.0;
    static final double MAX_SENSITIVITY = 10.0;
    /** log10 of the record count at which volume saturates: 1e8 records. */
    static final double VOLUME_DECADES = 8.0;

    // Likelihood (KB 4.2; internet-facing admin is ours, kept small because C11 scores its mitigation)
    static final double BASE_LIKELIHOOD = 0.30;
    static final Map<EntryRoute, Double> ROUTE_LIKELIHOOD = Map.of(
            EntryRoute.STAFF_WITH_ACCESS, 0.15,
            EntryRoute.CONNECTED_APPS, 0.15,
            EntryRoute.HELP_DESK_RESETS, 0.10,
            EntryRoute.INTERNET_FACING_ADMIN, 0.05);

    // Threat (KB 4.2)
    static final double THREAT_HALF_LIFE_DAYS = 365.25 / 2;
    /** The strength of an active, fresh, critical campaign on the vendor's platform with a matching route. */
    static final double REFERENCE_THREAT_STRENGTH = 0.5;
    /** A gap in a control under full threat pressure counts 1 + 2 = 3 times (the KB's 1 + 2 R). */
    static final double GAP_BOOST = 2.0;

    // Controls (KB 4.2)
    static final double MAX_CONTROL_REDUCTION = 0.8;
    /** The gate's thresholds, public because finding severity ("critical" = this gate) must use the same ones. */
    public static final int GATE_MIN_BASE_WEIGHT = 5;
    public static final double GATE_MIN_RELEVANCE = 0.75;
    static final double GATE_FLOOR = 0.5;

    // Explanation
    static final int WHAT_IF_DEPTH = 5;
    static final EvidenceQuality WHAT_IF_EVIDENCE = EvidenceQuality.DOCUMENTED;

    private RiskModel() {
    }

    /**
     * Scores a vendor as of {@code now}.
     *
     * @throws IllegalArgumentException if an argument is null
     */
    public static RiskScore score(ScoringInput input, Instant now) {
        return score(input, now, whatIfInput -> compute(whatIfInput, now).score());
    }

    /**
     * Scores a vendor as of {@code now}, the what-if re-runs scored by {@code scoreOnly}, which must give the
     * model's score for any input (as a {@link ScoringBatch} prepared for the same incidents and time does, bit for
     * bit): the five what-ifs were three quarters of a full score's time in a portfolio re-score.
     *
     * @throws IllegalArgumentException if an argument is null
     */
    public static RiskScore score(ScoringInput input, Instant now, java.util.function.ToDoubleFunction<ScoringInput> scoreOnly) {
        Checks.notNull(input, "input");
        Checks.notNull(now, "now");
        Checks.notNull(scoreOnly, "scoreOnly");
        Computation result = compute(input, now);
        return new RiskScore(MODEL_VERSION, now, result.score(), Grade.of(result.score()),
                result.impact().inherentImpact(), result.likelihood(), result.inherentRisk(),
                result.controlEffectiveness(), result.residualRisk(), LossMagnitude.usd(result.people()),
                explain(input, result, scoreOnly));
    }

    // ---- the numbers --------------------------------------------------------------------------------

    private record Computation(Explanation.Impact impact,
                               long people,
                               List<Explanation.ExposureTerm> exposure,
                               double baseLikelihood,
                               List<Explanation.Threat> threats,
                               double threatBoost,
                               double likelihood,
                               double inherentRisk,
                               List<ControlTerm> controls,
                               double averagedEffectiveness,
                               Explanation.Gate gate,
                               double controlEffectiveness,
                               double residualRisk,
                               double score) {
    }

    private record ControlTerm(ControlAnswer answer, double pressure, double gapWeight, double gateCap) {
    }

    private static Computation compute(ScoringInput input, Instant now) {
        Explanation.Impact impact = impact(input.holdings());
        long people = input.holdings().stream().mapToLong(Holding::recordCount).max().orElse(0L);

        List<Explanation.ExposureTerm> exposure = new ArrayList<>();
        double baseLikelihood = BASE_LIKELIHOOD;
        for (EntryRoute route : EntryRoute.values()) {
            double degree = input.exposure().degree(route);
            double share = ROUTE_LIKELIHOOD.get(route) * degree;
            exposure.add(new Explanation.ExposureTerm(route, degree, share));
            baseLikelihood += share;
        }

        List<Explanation.Threat> threats = new ArrayList<>();
        Map<String, Incident> incidentsById = new LinkedHashMap<>();
        for (Incident incident : input.incidents()) {
            threat(input.vendor(), input.exposure(), incident, now).ifPresent(threat -> {
                threats.add(threat);
                incidentsById.put(incident.id(), incident);
            });
        }
        threats.sort(Comparator.comparingDouble(Explanation.Threat::strength).reversed()
                .thenComparing(Explanation.Threat::incidentId));
        double threatBoost = 1.0 + threats.stream().mapToDouble(Explanation.Threat::strength).sum();
        double likelihood = 1.0 - Math.pow(1.0 - baseLikelihood, threatBoost);
        double inherentRisk = impact.inherentImpact() * likelihood;

        List<ControlTerm> controls = new ArrayList<>();
        double earned = 0.0;
        double possible = 0.0;
        for (ControlAnswer answer : input.controls()) {
            if (answer.status() == ControlStatus.NOT_APPLICABLE) {
                continue;
            }
            double pressureSum = 0.0;
            boolean gated = false;
            for (Explanation.Threat threat : threats) {
                double relevance = incidentsById.get(threat.incidentId()).relevanceOf(answer.controlId());
                pressureSum += threat.strength() * relevance;
                gated |= threat.gating() && relevance >= GATE_MIN_RELEVANCE && answer.baseWeight() >= GATE_MIN_BASE_WEIGHT;
            }
            double pressure = Math.min(1.0, pressureSum / REFERENCE_THREAT_STRENGTH);
            double credit = answer.credit();
            double gapWeight = answer.baseWeight() * (1.0 - credit) * (1.0 + GAP_BOOST * pressure);
            double gateCap = gated ? GATE_FLOOR + (1.0 - GATE_FLOOR) * credit : 1.0;
            controls.add(new ControlTerm(answer, pressure, gapWeight, gateCap));
            earned += answer.baseWeight() * credit;
            possible += answer.baseWeight() * credit + gapWeight;
        }
        double averaged = possible == 0.0 ? 0.0 : earned / possible;

        double cap = controls.stream().mapToDouble(ControlTerm::gateCap).min().orElse(1.0);
        List<String> gatedControls = controls.stream().filter(c -> c.gateCap() < 1.0)
                .map(c -> c.answer().controlId()).sorted().toList();
        List<String> gatingIncidents = gatedControls.isEmpty() ? List.of() : threats.stream()
                .filter(Explanation.Threat::gating)
                .filter(t -> gatedControls.stream().anyMatch(id ->
                        incidentsById.get(t.incidentId()).relevanceOf(id) >= GATE_MIN_RELEVANCE))
                .map(Explanation.Threat::incidentId).toList();
        Explanation.Gate gate = new Explanation.Gate(cap, cap < averaged, gatedControls, gatingIncidents);
        double effectiveness = Math.min(averaged, cap);

        double residualRisk = inherentRisk * (1.0 - MAX_CONTROL_REDUCTION * effectiveness);
        double score = Math.round((100.0 - residualRisk) * 10.0) / 10.0;
        return new Computation(impact, people, exposure, baseLikelihood, threats, threatBoost, likelihood,
                inherentRisk, controls, averaged, gate, effectiveness, residualRisk, score);
    }

    /** The worst coherent breach: n records carrying every category held for at least n people. */
    private static Explanation.Impact impact(List<Holding> holdings) {
        Explanation.Impact worst = new Explanation.Impact(0L, Set.of(), false, 0.0, 0.0, 0.0, 0.0);
        Set<Long> counts = new TreeSet<>(Comparator.reverseOrder());
        holdings.stream().mapToLong(Holding::recordCount).filter(n -> n > 0).forEach(counts::add);
        for (long n : counts) {
            Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
            boolean vulnerable = false;
            double access = 0.0;
            for (Holding holding : holdings) {
                if (holding.recordCount() >= n) {
                    categories.add(holding.category());
                    vulnerable |= holding.vulnerableSubjects();
                    access = Math.max(access, holding.access().factor());
                }
            }
            double[] weights = categories.stream().mapToDouble(DataCategory::sensitivityWeight)
                    .boxed().sorted(Comparator.reverseOrder()).mapToDouble(Double::doubleValue).toArray();
            double sensitivity = 0.0;
            for (int rank = 0; rank < Math.min(weights.length, SENSITIVITY_RANK_FACTORS.length); rank++) {
                sensitivity += SENSITIVITY_RANK_FACTORS[rank] * weights[rank];
            }
            sensitivity = Math.min(MAX_SENSITIVITY, sensitivity + (vulnerable ? VULNERABLE_SUBJECTS_BONUS : 0.0));
            double volume = volume(n);
            double impact = 100.0 * access * (SENSITIVITY_SHARE * sensitivity / MAX_SENSITIVITY + VOLUME_SHARE * volume);
            if (impact > worst.inherentImpact()) {
                worst = new Explanation.Impact(n, categories, vulnerable, sensitivity, volume, access, impact);
            }
        }
        return worst;
    }

    static double volume(long records) {
        if (records <= 1) {
            return 0.0;
        }
        return Math.min(1.0, Math.log10(records) / VOLUME_DECADES);
    }

    private static Optional<Explanation.Threat> threat(VendorProfile vendor, ExposureProfile exposure,
                                                                 Incident incident, Instant now) {
        Instant published = startOfDay(incident.publishedOn());
        if (published.isAfter(now)) {
            return Optional.empty();
        }
        ThreatMatch match = match(vendor, incident);
        if (match == ThreatMatch.NONE) {
            return Optional.empty();
        }
        double routeMatch = match == ThreatMatch.COMPROMISED || incident.entryRoutes().isEmpty()
                ? 1.0
                : routeMatch(incident, exposure);
        double decay = decay(incident.lastActivityOn(), now);
        double severity = incident.severity().factor();
        double status = incident.status().factor();
        double strength = match.strength() * severity * routeMatch * decay * status;
        boolean gating = incident.status() == IncidentStatus.ACTIVE && match.gates() && strength > 0.0;
        return Optional.of(new Explanation.Threat(incident.id(), incident.name(), match, severity,
                routeMatch, decay, status, strength, gating));
    }

    /** The vendor's mean exposure on the campaign's entry routes (also tabulated by {@link ScoringBatch}). */
    static double routeMatch(Incident incident, ExposureProfile exposure) {
        return incident.entryRoutes().stream().mapToDouble(exposure::degree).average().orElse(1.0);
    }

    /** How a campaign touches a vendor (also used to list the vendors an incident exposes). */
    public static ThreatMatch match(VendorProfile vendor, Incident incident) {
        if (touches(vendor, incident.compromisedVendorIds())) {
            return ThreatMatch.COMPROMISED;
        }
        if (touches(vendor, incident.targetedPlatformIds())) {
            return ThreatMatch.PLATFORM;
        }
        if (incident.targetedCategories().contains(vendor.category())) {
            return ThreatMatch.SECTOR;
        }
        return ThreatMatch.NONE;
    }

    private static boolean touches(VendorProfile vendor, Set<Long> vendorIds) {
        return vendorIds.contains(vendor.vendorId()) || vendor.platformIds().stream().anyMatch(vendorIds::contains);
    }

    /** 0.5^(age / half-life), age from the last reported activity; activity after {@code now} counts as now. */
    static double decay(LocalDate lastActivityOn, Instant now) {
        Duration age = Duration.between(startOfDay(lastActivityOn), now);
        double days = Math.max(0.0, age.toSeconds() / 86_400.0);
        return Math.pow(0.5, days / THREAT_HALF_LIFE_DAYS);
    }

    private static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    // ---- the explanation ----------------------------------------------------------------------------

    private static Explanation explain(ScoringInput input, Computation result,
                                       java.util.function.ToDoubleFunction<ScoringInput> scoreOnly) {
        double impact = result.impact().inherentImpact();
        double controlled = result.inherentRisk() * MAX_CONTROL_REDUCTION;
        List<Explanation.Factor> factors = List.of(
                new Explanation.Factor("inherentImpact", impact, impact),
                new Explanation.Factor("baseLikelihood", result.baseLikelihood(),
                        impact * result.baseLikelihood() - impact),
                new Explanation.Factor("threatBoost", result.threatBoost(),
                        impact * (result.likelihood() - result.baseLikelihood())),
                new Explanation.Factor("controlEffectiveness", result.averagedEffectiveness(),
                        -controlled * result.averagedEffectiveness()),
                new Explanation.Factor("gate", result.gate().cap(),
                        controlled * (result.averagedEffectiveness() - result.controlEffectiveness())));

        List<Explanation.ControlCost> costs = controlCosts(result);
        List<Explanation.WhatIf> whatIf = whatIf(input, costs, scoreOnly);
        return new Explanation(factors, result.impact(), result.exposure(), result.threats(), result.gate(),
                costs, whatIf);
    }

    /**
     * Splits the points lost to control shortfalls among the controls: each gets its share of
     * 1 - CE_avg, and the gate's extra cost goes to the gated controls in proportion to how far each
     * holds the cap below the average. The shares add up to IR x 0.8 x (1 - CE).
     */
    private static List<Explanation.ControlCost> controlCosts(Computation result) {
        double controlled = result.inherentRisk() * MAX_CONTROL_REDUCTION;
        double possible = result.controls().stream()
                .mapToDouble(c -> c.answer().baseWeight() * c.answer().credit() + c.gapWeight()).sum();
        double gatePoints = controlled * (result.averagedEffectiveness() - result.controlEffectiveness());
        double gateSpread = result.controls().stream()
                .mapToDouble(c -> Math.max(0.0, result.averagedEffectiveness() - c.gateCap())).sum();
        List<Explanation.ControlCost> costs = new ArrayList<>();
        for (ControlTerm term : result.controls()) {
            double share = possible == 0.0 ? 0.0 : controlled * term.gapWeight() / possible;
            double gateShare = gateSpread == 0.0 ? 0.0
                    : gatePoints * Math.max(0.0, result.averagedEffectiveness() - term.gateCap()) / gateSpread;
            double points = share + gateShare;
            if (points > 0.0) {
                ControlAnswer answer = term.answer();
                costs.add(new Explanation.ControlCost(answer.controlId(), answer.status(), answer.evidence(),
                        answer.baseWeight(), term.pressure(), term.gateCap() < 1.0, points));
            }
        }
        costs.sort(Comparator.comparingDouble(Explanation.ControlCost::pointsLost).reversed()
                .thenComparing(Explanation.ControlCost::controlId));
        return costs;
    }

    /** Re-runs the model with the top 1..5 missing controls met, evidence at least documented. */
    private static List<Explanation.WhatIf> whatIf(ScoringInput input, List<Explanation.ControlCost> costs,
                                                   java.util.function.ToDoubleFunction<ScoringInput> scoreOnly) {
        List<String> missing = costs.stream().filter(c -> c.status().isMissing())
                .map(Explanation.ControlCost::controlId).limit(WHAT_IF_DEPTH).toList();
        List<Explanation.WhatIf> whatIf = new ArrayList<>();
        for (int n = 1; n <= missing.size(); n++) {
            List<String> fixed = missing.subList(0, n);
            List<ControlAnswer> controls = input.controls().stream()
                    .map(answer -> fixed.contains(answer.controlId()) ? met(answer) : answer).toList();
            double score = scoreOnly.applyAsDouble(input.withControls(controls));
            whatIf.add(new Explanation.WhatIf(fixed, score, Grade.of(score)));
        }
        return whatIf;
    }

    /**
     * The score if exactly {@code controlIds} were met (evidence at least documented), every other answer as it is:
     * the what-if toggles of the vendor page. Codes the input does not list are ignored.
     */
    public static Explanation.WhatIf whatIf(ScoringInput input, Instant now, java.util.Collection<String> controlIds) {
        List<ControlAnswer> controls = input.controls().stream()
                .map(answer -> controlIds.contains(answer.controlId()) ? met(answer) : answer).toList();
        double score = compute(input.withControls(controls), now).score();
        List<String> applied = input.controls().stream().map(ControlAnswer::controlId).filter(controlIds::contains).toList();
        return new Explanation.WhatIf(applied, score, Grade.of(score));
    }

    private static ControlAnswer met(ControlAnswer answer) {
        EvidenceQuality evidence = answer.evidence() == null
                || answer.evidence().factor() < WHAT_IF_EVIDENCE.factor() ? WHAT_IF_EVIDENCE : answer.evidence();
        return answer.with(ControlStatus.MET, evidence);
    }
}
