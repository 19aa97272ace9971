package io.tollgate.scoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tollgate's vendor risk model: a pure function from a vendor's data, exposure, control answers and the known
 * threat campaigns, at a given moment, to a 0-100 score (higher is safer) with its explanation. It starts from the
 * knowledge base's transparent formula (section 4.2) and follows its corrections (section 4.4): campaigns are
 * modelled as the attack chains they are, so breaking one step of a live campaign's chain cuts its weight sharply,
 * while controls a campaign never touches weigh only in the baseline. docs/scoring-model.md walks through every
 * figure with the Qantas-like example.
 *
 * <h2>Formula</h2>
 * <pre>
 * Impact      I = the worst coherent breach of the holdings (or, with none recorded, of the category's assumed ones):
 *               for each record count n held, S(n) = the categories held for at least n people,
 *               DS(n) = min(10, w1 + 0.5 w2 + 0.25 w3 [+1 vulnerable]),  V(n) = clamp(log10(n)/8, 0, 1),
 *               A(n) = the widest access in S(n),  I(n) = 100 A(n) (0.6 DS(n)/10 + 0.4 V(n)),  I = max I(n)
 * Likelihood  L0 = 0.30 + 0.15 [staff with access] + 0.15 (1 - 0.5^apps) + 0.10 [help-desk resets] + 0.05 [admin]
 * Campaigns   sigma_k = match x severity x route match x 0.5^(age / 6 months) x status      (strength, 0..1)
 *             a_k = min(1, sigma_k / 0.5)                         attempt: 1 for a live, fresh, critical campaign on
 *                                                                 the vendor's platform by a route it exposes
 *             L = 1 - (1 - L0) prod_k (1 - a_k)                   likelihood before controls
 * Controls    c_i = status (1 / 0.5 / 0) x evidence (1.0 / 0.8 / 0.6), evidence aged (below); not applicable left out
 *             CE = sum b_i c_i / sum b_i                          baseline control effectiveness
 *             P_k = prod_steps (1 - max_i s_step,i c_i)           the chance campaign k's chain gets through
 * Residual    p0 = L0 (1 - 0.8 CE);  p = 1 - (1 - p0) prod_k (1 - a_k P_k);  RR = I p;  score = 100 - RR (1 decimal)
 * Confidence  not assessed (no completed assessment, or no holdings recorded): RR = max(RR, 20.1), so score &le; 79.9
 * Grade       A &ge; 90, B &ge; 80, C &ge; 65, D &ge; 50, else F, read from the score shown
 * </pre>
 * Evidence ages: past its expiry an answer counts as self-attested, and past a further 90 days as unknown.
 *
 * <p>Every term moves the way it must: more records, more sensitive data, wider access, more exposure or more
 * threat never raise the score; meeting a control, showing stronger evidence or completing an assessment never
 * lowers it; an unknown answer never scores better than "not met". The property tests check these.
 *
 * <p>L is an ordinal index, not a calibrated annual probability (KB 4.2), so residual risk is not an annual
 * expected loss; {@link LossMagnitude} gives the separate, indicative money figure.
 *
 * <p>One implementation computes every number: {@link #figures} runs it without the explanation (the portfolio
 * re-score runs it for every vendor), and the explanation reads the same run's intermediate values and re-runs its
 * control stage for the what-ifs. A model instance holds what depends only on the campaigns and the moment, so a
 * batch prepares it once; it is immutable and can be shared by threads.
 */
public final class RiskModel {

    /** Stored with every score; change it whenever a constant or the formula changes. */
    public static final String MODEL_VERSION = "2026.2";

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

    // Campaigns (KB 4.2)
    static final double THREAT_HALF_LIFE_DAYS = 365.25 / 2;
    /** The strength of an active, fresh, critical campaign on the vendor's platform by a route it exposes. */
    static final double REFERENCE_THREAT_STRENGTH = 0.5;

    // Controls (KB 4.2)
    static final double MAX_CONTROL_REDUCTION = 0.8;
    /** Days after its expiry that evidence still counts, as self-attested: a quarter, as a SOC 2 bridge letter covers. */
    static final int EVIDENCE_GRACE_DAYS = 90;

    /** The best score a vendor that is not {@link Confidence#ASSESSED} can have: the top of grade C. */
    public static final double UNASSESSED_SCORE_CAP = 79.9;

    // Explanation
    static final int WHAT_IF_DEPTH = 5;
    static final EvidenceQuality WHAT_IF_EVIDENCE = EvidenceQuality.DOCUMENTED;

    final Instant now;
    final long today;
    private final List<Incident> incidents;
    final Campaign[] campaigns;
    private volatile Catalogue catalogue;

    private RiskModel(Instant now, List<Incident> incidents) {
        this.now = Checks.notNull(now, "now");
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC).toEpochDay();
        this.incidents = Checks.notNull(incidents, "incidents");
        List<Campaign> known = new ArrayList<>();
        for (Incident incident : incidents) {
            if (!startOfDay(incident.publishedOn()).isAfter(now)) {
                known.add(new Campaign(incident, decay(incident.lastActivityOn(), now)));
            }
        }
        this.campaigns = known.toArray(Campaign[]::new);
    }

    /** The model for scoring vendors against {@code incidents} as of {@code now}. */
    public static RiskModel at(Instant now, List<Incident> incidents) {
        return new RiskModel(now, incidents);
    }

    /** Scores a vendor as of {@code now}, with the explanation. */
    public static RiskScore score(ScoringInput input, Instant now) {
        return at(now, Checks.notNull(input, "input").incidents()).score(input);
    }

    /** The score if exactly {@code controlIds} were met, as of {@code now} (see {@link #whatIf(ScoringInput, Collection)}). */
    public static Explanation.WhatIf whatIf(ScoringInput input, Instant now, Collection<String> controlIds) {
        return at(now, Checks.notNull(input, "input").incidents()).whatIf(input, controlIds);
    }

    /** The figures of a vendor's score, without the explanation. */
    public Figures figures(ScoringInput input) {
        return evaluate(input).figures();
    }

    /** The vendor's score with its explanation. */
    public RiskScore score(ScoringInput input) {
        Evaluation evaluation = evaluate(input);
        Figures f = evaluation.figures();
        return new RiskScore(MODEL_VERSION, now, f.score(), f.grade(), f.confidence(), f.inherentImpact(),
                f.likelihood(), f.inherentRisk(), f.controlEffectiveness(), f.residualRisk(), f.indicativeLossUsd(),
                Explainer.explain(evaluation));
    }

    /**
     * The score if exactly {@code controlIds} were met (evidence at least documented), every other answer as it is:
     * the what-if toggles of the vendor page. Codes the input does not list are ignored.
     */
    public Explanation.WhatIf whatIf(ScoringInput input, Collection<String> controlIds) {
        Evaluation evaluation = evaluate(input);
        Set<String> wanted = Set.copyOf(controlIds);
        List<String> applied = new ArrayList<>();
        double[] credit = evaluation.credit.clone();
        List<ControlAnswer> answers = input.controls();
        for (int i = 0; i < answers.size(); i++) {
            if (wanted.contains(answers.get(i).controlId())) {
                applied.add(answers.get(i).controlId());
                credit[i] = evaluation.creditIfMet(i);
            }
        }
        double score = evaluation.scoreWith(credit);
        return new Explanation.WhatIf(applied, score, Grade.of(score));
    }

    /** The numbers of a score, without its explanation. */
    public record Figures(double score,
                          Grade grade,
                          Confidence confidence,
                          double inherentImpact,
                          double likelihood,
                          double inherentRisk,
                          double controlEffectiveness,
                          double residualRisk,
                          long indicativeLossUsd) {
    }

    Evaluation evaluate(ScoringInput input) {
        Checks.notNull(input, "input");
        if (input.incidents() != incidents && !input.incidents().equals(incidents)) {
            throw new IllegalArgumentException("the input names other incidents than the model was prepared for");
        }
        return new Evaluation(this, input, catalogue(input.controls()));
    }

    /** Where each campaign step's controls sit in this vendor's answers: the same for every vendor of a batch. */
    private Catalogue catalogue(List<ControlAnswer> controls) {
        Catalogue known = catalogue;
        if (known != null && known.matches(controls)) {
            return known;
        }
        Catalogue fresh = new Catalogue(controls, campaigns);
        catalogue = fresh;
        return fresh;
    }

    // ---- what does not depend on the vendor ----------------------------------------------------------------

    /** A published campaign with what depends only on it and the moment. */
    static final class Campaign {
        final Incident incident;
        final double decay;
        final double severity;
        final double status;

        Campaign(Incident incident, double decay) {
            this.incident = incident;
            this.decay = decay;
            this.severity = incident.severity().factor();
            this.status = incident.status().factor();
        }
    }

    /** The answer positions of every campaign step's breaking controls, for one order of answers. */
    static final class Catalogue {
        private final String[] ids;
        /** [campaign][step][k]: the answer position of the step's k-th breaker, -1 when the vendor has no answer. */
        final int[][][] positions;
        /** [campaign][step][k]: that breaker's strength. */
        final double[][][] strengths;

        Catalogue(List<ControlAnswer> controls, Campaign[] campaigns) {
            ids = new String[controls.size()];
            Map<String, Integer> index = new java.util.HashMap<>();
            for (int i = 0; i < ids.length; i++) {
                ids[i] = controls.get(i).controlId();
                index.put(ids[i], i);
            }
            positions = new int[campaigns.length][][];
            strengths = new double[campaigns.length][][];
            for (int c = 0; c < campaigns.length; c++) {
                List<AttackStep> steps = campaigns[c].incident.steps();
                positions[c] = new int[steps.size()][];
                strengths[c] = new double[steps.size()][];
                for (int s = 0; s < steps.size(); s++) {
                    Map<String, Double> breakers = steps.get(s).breakers();
                    positions[c][s] = new int[breakers.size()];
                    strengths[c][s] = new double[breakers.size()];
                    int k = 0;
                    for (Map.Entry<String, Double> breaker : breakers.entrySet()) {
                        positions[c][s][k] = index.getOrDefault(breaker.getKey(), -1);
                        strengths[c][s][k] = breaker.getValue();
                        k++;
                    }
                }
            }
        }

        boolean matches(List<ControlAnswer> controls) {
            if (controls.size() != ids.length) {
                return false;
            }
            for (int i = 0; i < ids.length; i++) {
                if (!ids[i].equals(controls.get(i).controlId())) {
                    return false;
                }
            }
            return true;
        }
    }

    // ---- shared terms ------------------------------------------------------------------------------------

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
        if (vendorIds.isEmpty()) {
            return false;
        }
        if (vendorIds.contains(vendor.vendorId())) {
            return true;
        }
        for (Long platform : vendor.platformIds()) {
            if (vendorIds.contains(platform)) {
                return true;
            }
        }
        return false;
    }

    static double volume(long records) {
        if (records <= 1) {
            return 0.0;
        }
        return Math.min(1.0, Math.log10(records) / VOLUME_DECADES);
    }

    /** 0.5^(age / half-life), age from the last reported activity; activity after {@code now} counts as now. */
    static double decay(LocalDate lastActivityOn, Instant now) {
        Duration age = Duration.between(startOfDay(lastActivityOn), now);
        double days = Math.max(0.0, age.toSeconds() / 86_400.0);
        return Math.pow(0.5, days / THREAT_HALF_LIFE_DAYS);
    }

    static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static double round1(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
