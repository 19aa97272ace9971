package io.tollgate.scoring;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The score-only path of {@link RiskModel}, for re-scoring many vendors against the same campaigns at the
 * same moment. {@link #prepare} does once per batch what depends only on the campaigns, the catalogue order
 * and {@code now} (publication, decay, relevance and gate thresholds per control, route matches); {@link #score}
 * then computes a vendor's figures without the explanation, the control costs or the what-if re-runs, with
 * flat arrays and primitive arithmetic and no per-control objects, since the bulk re-score runs it for every
 * vendor of the portfolio.
 *
 * <p>It computes exactly the numbers of {@link RiskModel#score}: the same formula, the same floating-point
 * operations in the same order (the sum of campaign strengths is the compensated summation of the full path's
 * {@code DoubleStream.sum}, step for step, and route averages are tabulated from the full path's own stream).
 * Where work is skipped or done in another order, the comment there says why the result cannot differ.
 * {@code ScoringBatchTest} checks equality, bit for bit, over many random inputs. Any change to the formula in
 * {@link RiskModel} must be made here too, or that test fails.
 *
 * <p>Immutable after {@link #prepare}: one batch can be shared by threads.
 */
public final class ScoringBatch {

    /** The figures of a score, without its explanation. */
    public record Figures(double score,
                          Grade grade,
                          double inherentImpact,
                          double likelihood,
                          double inherentRisk,
                          double controlEffectiveness,
                          double residualRisk,
                          long indicativeLossUsd) {
    }

    private static final EntryRoute[] ROUTES = EntryRoute.values();
    private static final double[] ROUTE_WEIGHTS = new double[ROUTES.length];
    /*
     * Categories and access types by rank, highest weight or factor first, and each one's rank by ordinal. A set of
     * them as bits by rank has its highest weights at its lowest bits: the top three of a set, or its highest access
     * factor, are then read off without comparisons. Rank 64, past every bit, weighs 0.
     */
    private static final double[] SENSITIVITY_BY_RANK = new double[Long.SIZE + 1];
    private static final int[] SENSITIVITY_RANK = new int[DataCategory.values().length];
    private static final double[] ACCESS_BY_RANK = new double[Integer.SIZE + 1];
    private static final int[] ACCESS_RANK = new int[AccessType.values().length];
    /** Route matches are tabulated for up to this many connected apps; more are computed per vendor. */
    private static final int TABULATED_APPS = 16;
    /** L0 by [staff, help desk, admin flags][connected apps], from the full path's own sum. */
    private static final double[][] BASE_LIKELIHOODS = new double[8][TABULATED_APPS];
    /**
     * From this record count on the volume is 1, its most: log10 never falls as its argument grows, so neither does
     * the volume, and the logarithm need not be taken. The count is checked against the full path's own volume;
     * should that not give 1 there, there is no shortcut.
     */
    private static final long SATURATING_RECORDS;
    /** A holding's traits packed in an int: category rank, access rank, vulnerable subjects. */
    private static final int ACCESS_SHIFT = 8;
    private static final int VULNERABLE = 1 << 16;
    private static final int BYTE = 0xFF;
    /*
     * An answer's own terms, by answer kind (see answerKind): b c (earned), b (1 - c) (the gap before the threat
     * pressure) and the gate's cap 0.5 + 0.5 c where the answer can be gated, 1.0 where it cannot (the running cap
     * never exceeds 1.0, so taking 1.0 leaves it as it is). Tabulated with the full path's own expressions, so a
     * look-up gives the very same doubles, without the branches on status and evidence that random answers make
     * unpredictable. A control left out (not applicable) has terms of 0.0: it then adds exactly 0.0 to both sums and
     * never gates, as if skipped.
     */
    private static final int STATUSES = ControlStatus.values().length;
    private static final int EVIDENCE_KINDS = EvidenceQuality.values().length;
    private static final int ANSWER_KINDS = (ControlAnswer.MAX_BASE_WEIGHT + 1) * STATUSES * EVIDENCE_KINDS;
    private static final double[] EARNED = new double[ANSWER_KINDS];
    private static final double[] GAP_BEFORE_PRESSURE = new double[ANSWER_KINDS];
    private static final double[] GATE_CAP = new double[ANSWER_KINDS];

    static {
        for (EntryRoute route : ROUTES) {
            ROUTE_WEIGHTS[route.ordinal()] = RiskModel.ROUTE_LIKELIHOOD.get(route);
        }
        DataCategory[] categories = DataCategory.values();
        Arrays.sort(categories, Comparator.comparingDouble(DataCategory::sensitivityWeight).reversed());
        for (int rank = 0; rank < categories.length; rank++) {
            SENSITIVITY_BY_RANK[rank] = categories[rank].sensitivityWeight();
            SENSITIVITY_RANK[categories[rank].ordinal()] = rank;
        }
        AccessType[] accessTypes = AccessType.values();
        Arrays.sort(accessTypes, Comparator.comparingDouble(AccessType::factor).reversed());
        for (int rank = 0; rank < accessTypes.length; rank++) {
            ACCESS_BY_RANK[rank] = accessTypes[rank].factor();
            ACCESS_RANK[accessTypes[rank].ordinal()] = rank;
        }
        for (int flags = 0; flags < 8; flags++) {
            for (int apps = 0; apps < TABULATED_APPS; apps++) {
                BASE_LIKELIHOODS[flags][apps] = baseLikelihood(tabulated(flags, apps));
            }
        }
        long saturating = (long) Math.ceil(Math.pow(10.0, RiskModel.VOLUME_DECADES));
        SATURATING_RECORDS = RiskModel.volume(saturating) == 1.0 ? saturating : Long.MAX_VALUE;
        for (int weight = ControlAnswer.MIN_BASE_WEIGHT; weight <= ControlAnswer.MAX_BASE_WEIGHT; weight++) {
            for (ControlStatus status : ControlStatus.values()) {
                for (EvidenceQuality evidence : EvidenceQuality.values()) {
                    ControlAnswer answer = new ControlAnswer("kind", weight, status, evidence);
                    int kind = answerKind(answer);
                    if (status == ControlStatus.NOT_APPLICABLE) {
                        GATE_CAP[kind] = 1.0;
                        continue;
                    }
                    double credit = answer.credit();
                    EARNED[kind] = answer.baseWeight() * credit;
                    GAP_BEFORE_PRESSURE[kind] = answer.baseWeight() * (1.0 - credit);
                    GATE_CAP[kind] = answer.baseWeight() >= RiskModel.GATE_MIN_BASE_WEIGHT
                            ? RiskModel.GATE_FLOOR + (1.0 - RiskModel.GATE_FLOOR) * credit
                            : 1.0;
                }
            }
        }
    }

    /** An exposure of the given table row and column (three flags, connected apps). */
    private static ExposureProfile tabulated(int flags, int apps) {
        return new ExposureProfile((flags & 1) != 0, 0, apps, (flags & 2) != 0, (flags & 4) != 0);
    }

    private final List<Incident> incidents;
    private final Campaign[] campaigns;
    private final String[] controlOrder;
    private final Map<String, Integer> controlIndex;
    /** The gap factors of a vendor no campaign touches: all 1.0 (no pressure). Never written. */
    private final double[] noPressure;
    /** The blocked controls of a vendor no active campaign gates: none. Never written. */
    private final boolean[] noneBlocked;

    private ScoringBatch(List<Incident> incidents, Campaign[] campaigns, String[] controlOrder,
                         Map<String, Integer> controlIndex) {
        this.incidents = incidents;
        this.campaigns = campaigns;
        this.controlOrder = controlOrder;
        this.controlIndex = controlIndex;
        this.noPressure = new double[controlOrder.length];
        Arrays.fill(noPressure, gapFactor(0.0));
        this.noneBlocked = new boolean[controlOrder.length];
    }

    /**
     * Prepares a batch.
     *
     * @param incidents    the campaigns every input of the batch carries (the same list)
     * @param controlOrder the control ids in the order inputs usually list them (e.g. the catalogue); any
     *                     order is correct, this one is only faster
     * @param now          the moment to score for
     */
    public static ScoringBatch prepare(List<Incident> incidents, List<String> controlOrder, Instant now) {
        Checks.notNull(now, "now");
        List<Incident> all = Checks.listOf(incidents, "incidents");
        String[] order = Checks.listOf(controlOrder, "controlOrder").toArray(String[]::new);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.length; i++) {
            index.putIfAbsent(order[i], i);
        }
        Campaign[] campaigns = all.stream()
                .filter(i -> !i.publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(now))
                .map(i -> new Campaign(i, order, now))
                .toArray(Campaign[]::new);
        return new ScoringBatch(all, campaigns, order, index);
    }

    /**
     * The figures {@link RiskModel#score} would give this input at the batch's moment.
     *
     * @throws IllegalArgumentException if the input is null or carries other incidents than the batch
     */
    public Figures score(ScoringInput input) {
        Checks.notNull(input, "input");
        if (!sameIncidents(input.incidents())) {
            throw new IllegalArgumentException("the input's incidents are not the ones this batch was prepared for");
        }
        Scratch scratch = SCRATCH.get().fit(campaigns.length, controlOrder.length, input.holdings().size());
        List<Holding> holdings = input.holdings();
        double impact = worstBreach(holdings, scratch);
        long people = 0L;
        for (int i = 0; i < holdings.size(); i++) {
            people = Math.max(people, holdings.get(i).recordCount());
        }

        ExposureProfile exposure = input.exposure();
        int apps = exposure.connectedApps();
        int routeFlags = routeFlags(exposure);
        double baseLikelihood = apps < TABULATED_APPS ? BASE_LIKELIHOODS[routeFlags][apps] : baseLikelihood(exposure);

        // The campaigns touching the vendor, strongest first (ties by id), as the full path sorts its threats.
        VendorProfile vendor = input.vendor();
        int touching = 0;
        // Each threat as its campaign's index, with whether it gates in the lowest bit.
        int[] threats = scratch.threats;
        double[] strengths = scratch.strengths;
        boolean anyGating = false;
        for (int k = 0; k < campaigns.length; k++) {
            Campaign campaign = campaigns[k];
            ThreatMatch match = campaign.match(vendor);
            if (match == ThreatMatch.NONE) {
                continue;
            }
            double routeMatch = match == ThreatMatch.COMPROMISED || campaign.anyRoute ? 1.0
                    : apps < TABULATED_APPS ? campaign.routeMatches[routeFlags][apps]
                    : RiskModel.routeMatch(campaign.incident, exposure);
            double strength = match.strength() * campaign.severity * routeMatch * campaign.decay * campaign.status;
            boolean gates = campaign.active && match.gates() && strength > 0.0;
            anyGating |= gates;
            int at = touching++;
            while (at > 0 && before(strength, campaign.id, strengths[at - 1], campaigns[threats[at - 1] >> 1].id)) {
                threats[at] = threats[at - 1];
                strengths[at] = strengths[at - 1];
                at--;
            }
            threats[at] = k << 1 | (gates ? 1 : 0);
            strengths[at] = strength;
        }
        double strengthSum = touching == 0 ? 0.0
                : touching == 1 ? strengths[0]
                : compensatedSum(strengths, touching);
        double threatBoost = 1.0 + strengthSum;
        double likelihood = 1.0 - Math.pow(1.0 - baseLikelihood, threatBoost);
        double inherentRisk = impact * likelihood;

        // The gap factor 1 + 2 p of every control of the batch's order at once. Pressure sums go campaign after
        // campaign in the threats' order: each control's sum adds the same products in the same order as the full
        // path's loop over the threats (a campaign that does not name the control adds exactly 0.0 there too). The
        // first product is taken as it is: added to the sum's 0.0, it would come out unchanged.
        int controlCount = controlOrder.length;
        double[] gapFactors = noPressure;
        if (touching > 0) {
            gapFactors = scratch.gapFactors;
            double first = strengths[0];
            double[] firstRelevance = campaigns[threats[0] >> 1].relevance;
            for (int c = 0; c < controlCount; c++) {
                gapFactors[c] = first * firstRelevance[c];
            }
            for (int t = 1; t < touching; t++) {
                double strength = strengths[t];
                double[] relevance = campaigns[threats[t] >> 1].relevance;
                for (int c = 0; c < controlCount; c++) {
                    gapFactors[c] += strength * relevance[c];
                }
            }
            for (int c = 0; c < controlCount; c++) {
                gapFactors[c] = gapFactor(gapFactors[c]);
            }
        }
        // The controls of the batch's order that a gating threat blocks (relevance at least the gate's threshold).
        boolean[] blocked = noneBlocked;
        if (anyGating) {
            blocked = scratch.blocked;
            Arrays.fill(blocked, 0, controlCount, false);
            for (int t = 0; t < touching; t++) {
                if ((threats[t] & 1) != 0) {
                    boolean[] blocking = campaigns[threats[t] >> 1].blocking;
                    for (int c = 0; c < controlCount; c++) {
                        blocked[c] |= blocking[c];
                    }
                }
            }
        }

        List<ControlAnswer> controls = input.controls();
        double earned = 0.0;
        double possible = 0.0;
        double cap = 1.0;
        int count = controls.size();
        for (int c = 0; c < count; c++) {
            ControlAnswer answer = controls.get(c);
            int kind = answerKind(answer);
            int index = indexOf(answer.controlId(), c);
            double gapFactor;
            boolean gated;
            if (index >= 0) {
                gapFactor = gapFactors[index];
                gated = blocked[index];
            } else {
                // A control outside the batch's order: ask the campaigns themselves.
                double pressureSum = 0.0;
                gated = false;
                for (int t = 0; t < touching; t++) {
                    double relevance = campaigns[threats[t] >> 1].incident.relevanceOf(answer.controlId());
                    pressureSum += strengths[t] * relevance;
                    gated |= (threats[t] & 1) != 0 && relevance >= RiskModel.GATE_MIN_RELEVANCE;
                }
                gapFactor = gapFactor(pressureSum);
            }
            double gapWeight = GAP_BEFORE_PRESSURE[kind] * gapFactor;
            if (gated) {
                cap = Math.min(cap, GATE_CAP[kind]);
            }
            earned += EARNED[kind];
            possible += EARNED[kind] + gapWeight;
        }
        double averaged = possible == 0.0 ? 0.0 : earned / possible;
        double effectiveness = Math.min(averaged, cap);
        double residualRisk = inherentRisk * (1.0 - RiskModel.MAX_CONTROL_REDUCTION * effectiveness);
        double score = Math.round((100.0 - residualRisk) * 10.0) / 10.0;
        return new Figures(score, Grade.of(score), impact, likelihood, inherentRisk, effectiveness, residualRisk,
                LossMagnitude.usd(people));
    }

    /** Where an answer's terms are in the tables: by base weight, status and evidence. */
    private static int answerKind(ControlAnswer answer) {
        // Evidence is missing only where the status gives no credit, and then the terms do not depend on it: any
        // stand-in gives the same terms, and choosing one is a select rather than a branch on random answers.
        EvidenceQuality evidence = answer.evidence();
        EvidenceQuality present = evidence == null ? EvidenceQuality.SELF_ATTESTED : evidence;
        return (answer.baseWeight() * STATUSES + answer.status().ordinal()) * EVIDENCE_KINDS + present.ordinal();
    }

    /** 1 + 2 p for a pressure sum, p = min(1, sum / 0.5), as the full path computes it. */
    private static double gapFactor(double pressureSum) {
        double pressure = Math.min(1.0, pressureSum / RiskModel.REFERENCE_THREAT_STRENGTH);
        return 1.0 + RiskModel.GAP_BOOST * pressure;
    }

    /**
     * I, the worst coherent breach. Holdings are taken from the largest record count down: the holdings a breach
     * of n records carries (those held for at least n people) then grow one group at a time, instead of being
     * searched again for every n. Categories, their three highest weights, the vulnerable flag and the access
     * factor are a union, a top three, an OR and a max: the order in which they are gathered cannot change them,
     * so the figures stay those of the full path.
     */
    private static double worstBreach(List<Holding> holdings, Scratch scratch) {
        int size = holdings.size();
        if (size == 0) {
            return 0.0;
        }
        long[] held = scratch.held;
        int[] heldTraits = scratch.heldTraits;
        for (int i = 0; i < size; i++) {
            Holding holding = holdings.get(i);
            held[i] = holding.recordCount();
            heldTraits[i] = SENSITIVITY_RANK[holding.category().ordinal()]
                    | ACCESS_RANK[holding.access().ordinal()] << ACCESS_SHIFT
                    | (holding.vulnerableSubjects() ? VULNERABLE : 0);
        }
        // Record counts, largest first, with each holding's traits alongside. Each holding goes straight to its rank
        // (the holdings before it with at least its count, after it with more): a handful of holdings makes that a
        // few dozen comparisons without branches, where a sort's branches on random counts mispredict.
        long[] counts = scratch.counts;
        int[] traits = scratch.traits;
        for (int i = 0; i < size; i++) {
            long count = held[i];
            int rank = 0;
            for (int j = 0; j < i; j++) {
                rank += held[j] >= count ? 1 : 0;
            }
            for (int j = i + 1; j < size; j++) {
                rank += held[j] > count ? 1 : 0;
            }
            counts[rank] = count;
            traits[rank] = heldTraits[i];
        }
        double impact = 0.0;
        long categories = 0L;
        int accessTypes = 0;
        boolean vulnerable = false;
        // The volume of a larger breach already weighed: no smaller breach has a larger one.
        double volumeBound = 1.0;
        double weighedSensitivity = Double.NaN;
        double weighedAccess = Double.NaN;
        int i = 0;
        // Counts of 0 (none held) come last and weigh nothing.
        while (i < size && counts[i] > 0) {
            long n = counts[i];
            for (; i < size && counts[i] == n; i++) {
                int trait = traits[i];
                categories |= 1L << (trait & BYTE);
                accessTypes |= 1 << (trait >> ACCESS_SHIFT & BYTE);
                vulnerable |= (trait & VULNERABLE) != 0;
            }
            long rest = categories;
            double w1 = SENSITIVITY_BY_RANK[Long.numberOfTrailingZeros(rest)];
            rest &= rest - 1;
            double w2 = SENSITIVITY_BY_RANK[Long.numberOfTrailingZeros(rest)];
            rest &= rest - 1;
            double w3 = SENSITIVITY_BY_RANK[Long.numberOfTrailingZeros(rest)];
            double access = ACCESS_BY_RANK[Integer.numberOfTrailingZeros(accessTypes)];
            double sensitivity = sensitivity(w1, w2, w3, vulnerable);
            // Every step of the impact formula is monotone in the volume, so with the bound's volume in place of its
            // own this breach cannot come out larger: if even that does not beat the worst so far, the logarithm is
            // not worth taking. The maximum is the same either way. After each breach weighed, that bound is at most
            // the worst so far; a breach with the same sensitivity and access has the same bound, so not even the
            // bound needs computing.
            if (sensitivity == weighedSensitivity && access == weighedAccess) {
                continue;
            }
            weighedSensitivity = sensitivity;
            weighedAccess = access;
            if (impact(access, sensitivity, volumeBound) > impact) {
                double volume = n >= SATURATING_RECORDS ? 1.0 : RiskModel.volume(n);
                volumeBound = volume;
                impact = Math.max(impact, impact(access, sensitivity, volume));
            }
        }
        return impact;
    }

    /** DS(n) from the three highest weights of the breach's categories. */
    private static double sensitivity(double w1, double w2, double w3, boolean vulnerable) {
        // Missing ranks weigh 0 and add exactly 0.0, as the full path's shorter loop does.
        double[] factors = RiskModel.SENSITIVITY_RANK_FACTORS;
        double sensitivity = 0.0;
        sensitivity += factors[0] * w1;
        sensitivity += factors[1] * w2;
        sensitivity += factors[2] * w3;
        return Math.min(RiskModel.MAX_SENSITIVITY, sensitivity + (vulnerable ? RiskModel.VULNERABLE_SUBJECTS_BONUS : 0.0));
    }

    /** I(n) from its parts, as the full path writes it. */
    private static double impact(double access, double sensitivity, double volume) {
        return 100.0 * access * (RiskModel.SENSITIVITY_SHARE * sensitivity / RiskModel.MAX_SENSITIVITY
                + RiskModel.VOLUME_SHARE * volume);
    }

    /**
     * {@code DoubleStream.sum} of the first {@code count} values, operation for operation: Kahan summation with the
     * compensation subtracted at the end (the stream's extra simple sum only matters for infinite values, and
     * strengths are products of factors in 0..1). Without the stream's objects.
     */
    private static double compensatedSum(double[] values, int count) {
        double sum = 0.0;
        double compensation = 0.0;
        for (int i = 0; i < count; i++) {
            double term = values[i] - compensation;
            double next = sum + term;
            compensation = (next - sum) - term;
            sum = next;
        }
        return sum - compensation;
    }

    /** The list's equality, with the usual case first: the very incidents the batch was prepared with. */
    private boolean sameIncidents(List<Incident> others) {
        if (others == incidents) {
            return true;
        }
        int size = others.size();
        if (size == incidents.size()) {
            int i = 0;
            while (i < size && others.get(i) == incidents.get(i)) {
                i++;
            }
            if (i == size) {
                return true;
            }
        }
        return others.equals(incidents);
    }

    /** Which of the route tables' rows an exposure falls in: staff, help desk and admin as three bits. */
    private static int routeFlags(ExposureProfile exposure) {
        return (exposure.degree(EntryRoute.STAFF_WITH_ACCESS) > 0.0 ? 1 : 0)
                | (exposure.helpDeskResetsCredentials() ? 2 : 0)
                | (exposure.internetFacingAdmin() ? 4 : 0);
    }

    /** L0, the same sum as the full path's, term by term in the routes' order. */
    private static double baseLikelihood(ExposureProfile exposure) {
        double baseLikelihood = RiskModel.BASE_LIKELIHOOD;
        for (EntryRoute route : ROUTES) {
            baseLikelihood += ROUTE_WEIGHTS[route.ordinal()] * exposure.degree(route);
        }
        return baseLikelihood;
    }

    /** The full path's order: by strength, highest first, then by incident id. */
    private static boolean before(double strength, String id, double otherStrength, String otherId) {
        int byStrength = Double.compare(strength, otherStrength);
        return byStrength != 0 ? byStrength > 0 : id.compareTo(otherId) < 0;
    }

    private int indexOf(String controlId, int position) {
        if (position < controlOrder.length && controlOrder[position].equals(controlId)) {
            return position;
        }
        Integer index = controlIndex.get(controlId);
        return index == null ? -1 : index;
    }

    /**
     * A thread's working arrays, reused from one vendor to the next: scoring then allocates little more than its
     * figures, and a portfolio's worth of short-lived arrays does not push the vendors' own data out of the caches.
     * Every array is written before it is read, for the lengths in use.
     */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        int[] threats = new int[0];
        double[] strengths = new double[0];
        double[] gapFactors = new double[0];
        boolean[] blocked = new boolean[0];
        long[] held = new long[0];
        int[] heldTraits = new int[0];
        long[] counts = new long[0];
        int[] traits = new int[0];

        /** This, with room for so many campaigns, controls and holdings. */
        Scratch fit(int campaignCount, int controlCount, int holdingCount) {
            if (threats.length < campaignCount) {
                threats = new int[campaignCount];
                strengths = new double[campaignCount];
            }
            if (gapFactors.length < controlCount) {
                gapFactors = new double[controlCount];
                blocked = new boolean[controlCount];
            }
            if (held.length < holdingCount) {
                held = new long[holdingCount];
                heldTraits = new int[holdingCount];
                counts = new long[holdingCount];
                traits = new int[holdingCount];
            }
            return this;
        }
    }

    /** One published campaign with what depends only on it and on {@code now}. */
    private static final class Campaign {
        final Incident incident;
        final String id;
        final double severity;
        final double status;
        final double decay;
        final boolean active;
        final boolean anyRoute;
        final double[] relevance;
        /** Per control of the batch's order: relevance at least the gate's threshold. */
        final boolean[] blocking;
        /** Route match by [staff, help desk, admin flags][connected apps], from the full path's own expression. */
        final double[][] routeMatches;
        final Long[] compromised;
        final Long[] platforms;
        final boolean[] categories;

        Campaign(Incident incident, String[] controlOrder, Instant now) {
            this.incident = incident;
            this.id = incident.id();
            this.severity = incident.severity().factor();
            this.status = incident.status().factor();
            this.decay = RiskModel.decay(incident.lastActivityOn(), now);
            this.active = incident.status() == IncidentStatus.ACTIVE;
            this.anyRoute = incident.entryRoutes().isEmpty();
            this.relevance = new double[controlOrder.length];
            this.blocking = new boolean[controlOrder.length];
            for (int i = 0; i < controlOrder.length; i++) {
                relevance[i] = incident.relevanceOf(controlOrder[i]);
                blocking[i] = relevance[i] >= RiskModel.GATE_MIN_RELEVANCE;
            }
            this.routeMatches = new double[8][TABULATED_APPS];
            if (!anyRoute) {
                for (int flags = 0; flags < 8; flags++) {
                    for (int apps = 0; apps < TABULATED_APPS; apps++) {
                        routeMatches[flags][apps] = RiskModel.routeMatch(incident, tabulated(flags, apps));
                    }
                }
            }
            this.compromised = incident.compromisedVendorIds().toArray(Long[]::new);
            this.platforms = incident.targetedPlatformIds().toArray(Long[]::new);
            this.categories = new boolean[VendorCategory.values().length];
            incident.targetedCategories().forEach(category -> categories[category.ordinal()] = true);
        }

        /** {@link RiskModel#match} without streams. */
        ThreatMatch match(VendorProfile vendor) {
            if (touches(vendor, compromised)) {
                return ThreatMatch.COMPROMISED;
            }
            if (touches(vendor, platforms)) {
                return ThreatMatch.PLATFORM;
            }
            return categories[vendor.category().ordinal()] ? ThreatMatch.SECTOR : ThreatMatch.NONE;
        }

        /** Whether the vendor or one of its platforms is among the ids: each of the campaign's few ids looked up once. */
        private static boolean touches(VendorProfile vendor, Long[] ids) {
            for (Long id : ids) {
                if (id == vendor.vendorId() || vendor.platformIds().contains(id)) {
                    return true;
                }
            }
            return false;
        }
    }
}
