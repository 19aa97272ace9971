package io.tollgate.scoring;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The score-only path of {@link RiskModel}, for re-scoring many vendors against the same campaigns at the
 * same moment. {@link #prepare} does once per batch what depends only on the campaigns, the catalogue order
 * and {@code now} (publication, decay, relevance per control, route matches); {@link #score} then computes
 * a vendor's figures without the explanation, the control costs or the what-if re-runs.
 *
 * <p>It computes exactly the numbers of {@link RiskModel#score}: the same formula, the same floating-point
 * operations in the same order (sums of campaign strengths and route averages go through the same
 * {@code DoubleStream} reductions as the full path, which compensate rounding). {@code ScoringBatchTest}
 * checks equality, bit for bit, over many random inputs. Any change to the formula in {@link RiskModel} must
 * be made here too, or that test fails.
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
    private static final double[] SENSITIVITY = new double[DataCategory.values().length];
    /** Route matches are tabulated for up to this many connected apps; more are computed per vendor. */
    private static final int TABULATED_APPS = 16;

    static {
        for (EntryRoute route : ROUTES) {
            ROUTE_WEIGHTS[route.ordinal()] = RiskModel.ROUTE_LIKELIHOOD.get(route);
        }
        for (DataCategory category : DataCategory.values()) {
            SENSITIVITY[category.ordinal()] = category.sensitivityWeight();
        }
    }

    private final List<Incident> incidents;
    private final Campaign[] campaigns;
    private final String[] controlOrder;
    private final Map<String, Integer> controlIndex;
    /** Per control of {@link #controlOrder}: whether any campaign of the batch exploits it at all. */
    private final boolean[] exploited;

    private ScoringBatch(List<Incident> incidents, Campaign[] campaigns, String[] controlOrder,
                         Map<String, Integer> controlIndex) {
        this.incidents = incidents;
        this.campaigns = campaigns;
        this.controlOrder = controlOrder;
        this.controlIndex = controlIndex;
        this.exploited = new boolean[controlOrder.length];
        for (Campaign campaign : campaigns) {
            for (int i = 0; i < controlOrder.length; i++) {
                exploited[i] |= campaign.relevance[i] != 0.0;
            }
        }
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
        if (input.incidents() != incidents && !input.incidents().equals(incidents)) {
            throw new IllegalArgumentException("the input's incidents are not the ones this batch was prepared for");
        }
        List<Holding> holdings = input.holdings();
        double impact = 0.0;
        long people = 0L;
        int size = holdings.size();
        if (size > 0) {
            // Holdings from the largest record count down: the holdings a breach of n records carries (those held
            // for at least n people) then grow one group at a time, instead of being searched again for every n.
            // Categories, the vulnerable flag and the access factor are a union, an OR and a max: the order in which
            // they are gathered cannot change them, so the figures stay those of the full path.
            Holding[] byCount = holdings.toArray(new Holding[0]);
            sortByRecordCountDescending(byCount);
            people = byCount[0].recordCount();
            long categories = 0L;
            boolean vulnerable = false;
            double access = 0.0;
            int i = 0;
            while (i < size) {
                long n = byCount[i].recordCount();
                for (; i < size && byCount[i].recordCount() == n; i++) {
                    categories |= 1L << byCount[i].category().ordinal();
                    vulnerable |= byCount[i].vulnerableSubjects();
                    access = Math.max(access, byCount[i].access().factor());
                }
                if (n > 0) {
                    impact = Math.max(impact, breach(categories, vulnerable, access, n));
                }
            }
        }

        ExposureProfile exposure = input.exposure();
        double baseLikelihood = RiskModel.BASE_LIKELIHOOD;
        for (EntryRoute route : ROUTES) {
            baseLikelihood += ROUTE_WEIGHTS[route.ordinal()] * exposure.degree(route);
        }

        // The campaigns touching the vendor, strongest first (ties by id), as the full path sorts its threats.
        VendorProfile vendor = input.vendor();
        int touching = 0;
        Campaign[] threats = new Campaign[campaigns.length];
        double[] strengths = new double[campaigns.length];
        boolean[] gating = new boolean[campaigns.length];
        for (Campaign campaign : campaigns) {
            ThreatMatch match = campaign.match(vendor);
            if (match == ThreatMatch.NONE) {
                continue;
            }
            double routeMatch = match == ThreatMatch.COMPROMISED || campaign.anyRoute ? 1.0 : campaign.routeMatch(exposure);
            double strength = match.strength() * campaign.severity * routeMatch * campaign.decay * campaign.status;
            boolean gates = campaign.active && match.gates() && strength > 0.0;
            int at = touching++;
            while (at > 0 && before(strength, campaign.id, strengths[at - 1], threats[at - 1].id)) {
                threats[at] = threats[at - 1];
                strengths[at] = strengths[at - 1];
                gating[at] = gating[at - 1];
                at--;
            }
            threats[at] = campaign;
            strengths[at] = strength;
            gating[at] = gates;
        }
        double strengthSum = touching == 0 ? 0.0
                : touching == 1 ? strengths[0]
                : Arrays.stream(strengths, 0, touching).sum();
        double threatBoost = 1.0 + strengthSum;
        double likelihood = 1.0 - Math.pow(1.0 - baseLikelihood, threatBoost);
        double inherentRisk = impact * likelihood;

        List<ControlAnswer> controls = input.controls();
        double earned = 0.0;
        double possible = 0.0;
        double cap = 1.0;
        int count = controls.size();
        for (int c = 0; c < count; c++) {
            ControlAnswer answer = controls.get(c);
            if (answer.status() == ControlStatus.NOT_APPLICABLE) {
                continue;
            }
            int index = indexOf(answer.controlId(), c);
            double pressureSum = 0.0;
            boolean gated = false;
            // A control no campaign exploits adds only 0.0 to the pressure and never gates: skip the campaigns.
            int threatsToWeigh = index >= 0 && !exploited[index] ? 0 : touching;
            for (int t = 0; t < threatsToWeigh; t++) {
                double relevance = threats[t].relevance(index, answer.controlId());
                pressureSum += strengths[t] * relevance;
                gated |= gating[t] && relevance >= RiskModel.GATE_MIN_RELEVANCE
                        && answer.baseWeight() >= RiskModel.GATE_MIN_BASE_WEIGHT;
            }
            double pressure = Math.min(1.0, pressureSum / RiskModel.REFERENCE_THREAT_STRENGTH);
            double credit = answer.credit();
            double gapWeight = answer.baseWeight() * (1.0 - credit) * (1.0 + RiskModel.GAP_BOOST * pressure);
            if (gated) {
                cap = Math.min(cap, RiskModel.GATE_FLOOR + (1.0 - RiskModel.GATE_FLOOR) * credit);
            }
            earned += answer.baseWeight() * credit;
            possible += answer.baseWeight() * credit + gapWeight;
        }
        double averaged = possible == 0.0 ? 0.0 : earned / possible;
        double effectiveness = Math.min(averaged, cap);
        double residualRisk = inherentRisk * (1.0 - RiskModel.MAX_CONTROL_REDUCTION * effectiveness);
        double score = Math.round((100.0 - residualRisk) * 10.0) / 10.0;
        return new Figures(score, Grade.of(score), impact, likelihood, inherentRisk, effectiveness, residualRisk,
                LossMagnitude.usd(people));
    }

    /** Insertion sort: a vendor holds a handful of categories, fewer than a library sort needs to pay off. */
    private static void sortByRecordCountDescending(Holding[] holdings) {
        for (int i = 1; i < holdings.length; i++) {
            Holding h = holdings[i];
            int j = i - 1;
            while (j >= 0 && holdings[j].recordCount() < h.recordCount()) {
                holdings[j + 1] = holdings[j];
                j--;
            }
            holdings[j + 1] = h;
        }
    }

    /** I(n) for the breach of n records carrying these categories (every category held for at least n people). */
    private static double breach(long categories, boolean vulnerable, double access, long n) {
        // The three highest weights of the set, each category once.
        double w1 = 0.0;
        double w2 = 0.0;
        double w3 = 0.0;
        for (long rest = categories; rest != 0L; rest &= rest - 1) {
            double w = SENSITIVITY[Long.numberOfTrailingZeros(rest)];
            if (w > w1) {
                w3 = w2;
                w2 = w1;
                w1 = w;
            } else if (w > w2) {
                w3 = w2;
                w2 = w;
            } else if (w > w3) {
                w3 = w;
            }
        }
        // Missing ranks weigh 0 and add exactly 0.0, as the full path's shorter loop does.
        double[] factors = RiskModel.SENSITIVITY_RANK_FACTORS;
        double sensitivity = 0.0;
        sensitivity += factors[0] * w1;
        sensitivity += factors[1] * w2;
        sensitivity += factors[2] * w3;
        sensitivity = Math.min(RiskModel.MAX_SENSITIVITY,
                sensitivity + (vulnerable ? RiskModel.VULNERABLE_SUBJECTS_BONUS : 0.0));
        double volume = RiskModel.volume(n);
        return 100.0 * access * (RiskModel.SENSITIVITY_SHARE * sensitivity / RiskModel.MAX_SENSITIVITY
                + RiskModel.VOLUME_SHARE * volume);
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
        /** Route match by [staff, help desk, admin flags][connected apps], from the full path's own expression. */
        final double[][] routeMatches;
        final Set<Long> compromised;
        final Set<Long> platforms;
        final Set<VendorCategory> categories;

        Campaign(Incident incident, String[] controlOrder, Instant now) {
            this.incident = incident;
            this.id = incident.id();
            this.severity = incident.severity().factor();
            this.status = incident.status().factor();
            this.decay = RiskModel.decay(incident.lastActivityOn(), now);
            this.active = incident.status() == IncidentStatus.ACTIVE;
            this.anyRoute = incident.entryRoutes().isEmpty();
            this.relevance = new double[controlOrder.length];
            for (int i = 0; i < controlOrder.length; i++) {
                relevance[i] = incident.relevanceOf(controlOrder[i]);
            }
            this.routeMatches = new double[8][TABULATED_APPS];
            if (!anyRoute) {
                for (int flags = 0; flags < 8; flags++) {
                    for (int apps = 0; apps < TABULATED_APPS; apps++) {
                        routeMatches[flags][apps] = RiskModel.routeMatch(incident,
                                new ExposureProfile((flags & 1) != 0, 0, apps, (flags & 2) != 0, (flags & 4) != 0));
                    }
                }
            }
            this.compromised = incident.compromisedVendorIds();
            this.platforms = incident.targetedPlatformIds();
            this.categories = incident.targetedCategories();
        }

        double routeMatch(ExposureProfile exposure) {
            if (exposure.connectedApps() >= TABULATED_APPS) {
                return RiskModel.routeMatch(incident, exposure);
            }
            int flags = (exposure.degree(EntryRoute.STAFF_WITH_ACCESS) > 0.0 ? 1 : 0)
                    | (exposure.helpDeskResetsCredentials() ? 2 : 0)
                    | (exposure.internetFacingAdmin() ? 4 : 0);
            return routeMatches[flags][exposure.connectedApps()];
        }

        double relevance(int index, String controlId) {
            return index >= 0 ? relevance[index] : incident.relevanceOf(controlId);
        }

        /** {@link RiskModel#match} without streams. */
        ThreatMatch match(VendorProfile vendor) {
            if (touches(vendor, compromised)) {
                return ThreatMatch.COMPROMISED;
            }
            if (touches(vendor, platforms)) {
                return ThreatMatch.PLATFORM;
            }
            return categories.contains(vendor.category()) ? ThreatMatch.SECTOR : ThreatMatch.NONE;
        }

        private static boolean touches(VendorProfile vendor, Set<Long> ids) {
            if (ids.isEmpty()) {
                return false;
            }
            if (ids.contains(vendor.vendorId())) {
                return true;
            }
            for (Long platform : vendor.platformIds()) {
                if (ids.contains(platform)) {
                    return true;
                }
            }
            return false;
        }
    }
}
