package io.tollgate.risk;

import io.tollgate.control.Control;
import io.tollgate.control.ControlRepository;
import io.tollgate.control.VendorControlStatus;
import io.tollgate.control.VendorControlStatusRepository;
import io.tollgate.dataholding.DataHolding;
import io.tollgate.dataholding.DataHoldingRepository;
import io.tollgate.incident.IncidentDetails;
import io.tollgate.incident.IncidentRepository;
import io.tollgate.scoring.AccessType;
import io.tollgate.scoring.ControlAnswer;
import io.tollgate.scoring.ControlStatus;
import io.tollgate.scoring.DataCategory;
import io.tollgate.scoring.EntryRoute;
import io.tollgate.scoring.EvidenceQuality;
import io.tollgate.scoring.ExposureProfile;
import io.tollgate.scoring.Holding;
import io.tollgate.scoring.Incident;
import io.tollgate.scoring.IncidentStatus;
import io.tollgate.scoring.ScoringInput;
import io.tollgate.scoring.Severity;
import io.tollgate.scoring.VendorCategory;
import io.tollgate.scoring.VendorProfile;
import io.tollgate.vendor.Vendor;
import io.tollgate.vendor.VendorLink;
import io.tollgate.vendor.VendorRepository;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the pure model's {@link ScoringInput} from the database. The catalogue and the incidents are the
 * same for every vendor, so they are read once into a {@link Context} and reused across a batch.
 * The derivations (exposure from vendor data, entry routes from ATT&CK techniques, platform names to
 * vendors) are documented in docs/scoring-model.md, section "From the database to the model".
 */
@Singleton
public class RiskInputs {
    /** ATT&CK techniques that say which entry route a campaign uses. */
    static final Map<String, EntryRoute> ROUTE_TECHNIQUES = Map.ofEntries(
            Map.entry("T1566.004", EntryRoute.STAFF_WITH_ACCESS),
            Map.entry("T1598.004", EntryRoute.STAFF_WITH_ACCESS),
            Map.entry("T1656", EntryRoute.STAFF_WITH_ACCESS),
            Map.entry("T1566", EntryRoute.STAFF_WITH_ACCESS),
            Map.entry("T1528", EntryRoute.CONNECTED_APPS),
            Map.entry("T1550.001", EntryRoute.CONNECTED_APPS),
            Map.entry("T1671", EntryRoute.CONNECTED_APPS),
            Map.entry("T1199", EntryRoute.CONNECTED_APPS),
            Map.entry("T1098.005", EntryRoute.HELP_DESK_RESETS),
            Map.entry("T1556.006", EntryRoute.HELP_DESK_RESETS),
            Map.entry("T1190", EntryRoute.INTERNET_FACING_ADMIN),
            Map.entry("T1133", EntryRoute.INTERNET_FACING_ADMIN));

    private final VendorRepository vendors;
    private final DataHoldingRepository holdings;
    private final ControlRepository controls;
    private final VendorControlStatusRepository statuses;
    private final IncidentRepository incidents;

    public RiskInputs(VendorRepository vendors, DataHoldingRepository holdings, ControlRepository controls,
                      VendorControlStatusRepository statuses, IncidentRepository incidents) {
        this.vendors = vendors;
        this.holdings = holdings;
        this.controls = controls;
        this.statuses = statuses;
        this.incidents = incidents;
    }

    /**
     * What every vendor's score shares: the catalogue, the incidents as the model sees them, and what each
     * incident targets and exposes (for the impact view).
     */
    public record Context(List<Control> catalogue, List<Incident> incidents, Map<String, IncidentDetails> details) {
        public Optional<Incident> incident(long id) {
            String key = String.valueOf(id);
            return incidents.stream().filter(i -> i.id().equals(key)).findFirst();
        }
    }

    /** A vendor's scoring input with the stored rows it came from. */
    public record VendorInput(Vendor vendor, List<VendorLink> platforms, List<DataHolding> holdings, ScoringInput input) {
    }

    public Context context() {
        List<Control> catalogue = controls.findAllOrderByCode();
        List<io.tollgate.incident.Incident> rows = new ArrayList<>();
        incidents.findAll().forEach(rows::add);
        if (rows.isEmpty()) {
            return new Context(catalogue, List.of(), Map.of());
        }
        List<Long> ids = rows.stream().map(io.tollgate.incident.Incident::id).toList();
        Map<Long, List<IncidentDetails.Platform>> platforms = incidents.findPlatforms(ids).stream()
                .collect(Collectors.groupingBy(IncidentDetails.Platform::incidentId));
        Map<Long, List<IncidentDetails.Category>> categories = incidents.findCategories(ids).stream()
                .collect(Collectors.groupingBy(IncidentDetails.Category::incidentId));
        Map<Long, List<IncidentDetails.Technique>> techniques = incidents.findTechniques(ids).stream()
                .collect(Collectors.groupingBy(IncidentDetails.Technique::incidentId));
        Map<Long, List<IncidentDetails.ExploitedControl>> exploited = incidents.findExploitedControls(ids).stream()
                .collect(Collectors.groupingBy(IncidentDetails.ExploitedControl::incidentId));
        Map<Long, List<IncidentDetails.DataCategory>> data = incidents.findDataCategories(ids).stream()
                .collect(Collectors.groupingBy(IncidentDetails.DataCategory::incidentId));
        Map<String, Optional<Long>> vendorByName = new HashMap<>();
        List<Incident> model = new ArrayList<>();
        Map<String, IncidentDetails> details = new LinkedHashMap<>();
        for (io.tollgate.incident.Incident row : rows) {
            long id = row.id();
            List<IncidentDetails.Platform> targeted = platforms.getOrDefault(id, List.of());
            // A platform recorded without a vendor link is matched to a registered vendor of the same name.
            List<IncidentDetails.Platform> resolved = targeted.stream()
                    .map(p -> p.vendorId() != null ? p : new IncidentDetails.Platform(p.incidentId(), p.name(),
                            vendorByName.computeIfAbsent(p.name().toLowerCase(Locale.ROOT), n -> vendors.findIdByName(p.name()))
                                    .orElse(null)))
                    .toList();
            IncidentDetails d = new IncidentDetails(row, List.of(), resolved,
                    categories.getOrDefault(id, List.of()).stream().map(IncidentDetails.Category::category).toList(),
                    techniques.getOrDefault(id, List.of()), exploited.getOrDefault(id, List.of()),
                    data.getOrDefault(id, List.of()).stream().map(IncidentDetails.DataCategory::dataCategory).toList());
            details.put(String.valueOf(id), d);
            model.add(toModel(d));
        }
        return new Context(catalogue, List.copyOf(model), details);
    }

    static Incident toModel(IncidentDetails d) {
        io.tollgate.incident.Incident row = d.incident();
        LocalDate published = row.publishedOn() != null ? row.publishedOn()
                : row.firstSeen() != null ? row.firstSeen()
                : row.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate lastActivity = row.lastSeen() == null || row.lastSeen().isBefore(published) ? published : row.lastSeen();
        Map<String, Double> exploited = new LinkedHashMap<>();
        d.exploitedControls().forEach(c -> exploited.put(c.controlCode(), c.relevance().doubleValue()));
        Set<Long> platformIds = d.platforms().stream().map(IncidentDetails.Platform::vendorId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Set<VendorCategory> categories = d.vendorCategories().stream()
                .map(c -> VendorCategory.valueOf(c.name())).collect(Collectors.toCollection(() -> EnumSet.noneOf(VendorCategory.class)));
        Set<EntryRoute> routes = EnumSet.noneOf(EntryRoute.class);
        d.techniques().forEach(t -> {
            EntryRoute route = ROUTE_TECHNIQUES.get(t.techniqueId());
            if (route != null) {
                routes.add(route);
            }
        });
        return new Incident(String.valueOf(row.id()), row.name(), published, lastActivity,
                IncidentStatus.valueOf(row.status().name()), Severity.valueOf(row.severity().name()),
                exploited, platformIds, categories, Set.of(), routes);
    }

    public Optional<VendorInput> forVendor(long vendorId, Context context) {
        return vendors.findById(vendorId).map(vendor -> {
            List<VendorLink> platforms = vendors.findPlatformsOf(List.of(vendorId));
            List<DataHolding> held = holdings.findByVendor(vendorId);
            Map<String, VendorControlStatus> recorded = statuses.findByVendor(vendorId).stream()
                    .collect(Collectors.toMap(VendorControlStatus::controlCode, s -> s));
            VendorCategory category = VendorCategory.valueOf(vendor.category().name());
            Set<Long> platformIds = platforms.stream().map(VendorLink::id).collect(Collectors.toSet());
            ScoringInput input = new ScoringInput(
                    new VendorProfile(vendorId, category, platformIds),
                    held.stream().map(h -> new Holding(DataCategory.valueOf(h.dataCategory().name()), h.recordCount(),
                            AccessType.valueOf(h.accessType().name()), h.vulnerableSubjects())).toList(),
                    exposure(category, platformIds.size()),
                    answers(context.catalogue(), recorded),
                    context.incidents());
            return new VendorInput(vendor, platforms, held, input);
        });
    }

    /**
     * Exposure from what the registry knows: contact centres and support desks are people working in the data
     * (and a support desk resets credentials); identity providers reset credentials too; every platform the
     * vendor runs on or connects to is one connected integration holding tokens to the data.
     */
    static ExposureProfile exposure(VendorCategory category, int platformCount) {
        boolean peopleInTheData = category == VendorCategory.CONTACT_CENTRE || category == VendorCategory.SUPPORT_DESK;
        boolean resets = category == VendorCategory.SUPPORT_DESK || category == VendorCategory.IDENTITY;
        return new ExposureProfile(peopleInTheData, 0, platformCount, resets, false);
    }

    static List<ControlAnswer> answers(List<Control> catalogue, Map<String, VendorControlStatus> recorded) {
        List<ControlAnswer> answers = new ArrayList<>(catalogue.size());
        for (Control c : catalogue) {
            VendorControlStatus s = recorded.get(c.code());
            answers.add(answer(c, s == null ? null : s.status(), s == null ? null : s.evidence()));
        }
        return answers;
    }

    /** No stored status means UNKNOWN; a credited status stored without evidence counts as self-attested. */
    static ControlAnswer answer(Control control, String storedStatus, String storedEvidence) {
        ControlStatus status = storedStatus == null ? ControlStatus.UNKNOWN : ControlStatus.valueOf(storedStatus);
        EvidenceQuality evidence = storedEvidence == null
                ? (status.credit() > 0 ? EvidenceQuality.SELF_ATTESTED : null)
                : EvidenceQuality.valueOf(storedEvidence);
        return new ControlAnswer(control.code(), control.baseWeight(), status, evidence);
    }

    /** The incidents' part of the last fingerprint: every vendor of a batch shares one incidents list. */
    private record IncidentsPart(List<Incident> incidents, String digest) {
    }

    private static volatile IncidentsPart lastIncidents;

    /**
     * The incidents' part of a fingerprint: the SHA-256 of their text, built once per list (compared by identity)
     * instead of once per vendor. Hashed rather than embedded: with a dozen incidents their text is several times
     * a vendor's own, and hashing it again for every vendor was most of the fingerprint's cost in a campaign re-score.
     */
    private static String incidentsPart(List<Incident> incidents) {
        IncidentsPart last = lastIncidents;
        if (last != null && last.incidents() == incidents) {
            return last.digest();
        }
        StringBuilder sb = new StringBuilder();
        for (Incident i : incidents) {
            sb.append(i.id()).append(',').append(i.publishedOn()).append(',').append(i.lastActivityOn()).append(',')
                    .append(i.status()).append(',').append(i.severity()).append(',')
                    .append(new java.util.TreeMap<>(i.exploitedControls())).append(',')
                    .append(new java.util.TreeSet<>(i.targetedPlatformIds())).append(',')
                    .append(new java.util.TreeSet<>(i.targetedCategories())).append(',')
                    .append(new java.util.TreeSet<>(i.entryRoutes())).append(';');
        }
        String digest = sha256(sb.toString());
        lastIncidents = new IncidentsPart(incidents, digest);
        return digest;
    }

    private static String sha256(String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A stable fingerprint of a scoring input (independent of set and map iteration order). The parts are written
     * field by field: a record's own toString goes through String.format, which was most of this method's time in
     * a portfolio re-score.
     */
    static String fingerprint(ScoringInput in) {
        StringBuilder sb = new StringBuilder(2048);
        sb.append(in.vendor().vendorId()).append('|').append(in.vendor().category()).append('|')
                .append(new java.util.TreeSet<>(in.vendor().platformIds())).append('|');
        List<String> holdings = new ArrayList<>(in.holdings().size());
        for (Holding h : in.holdings()) {
            holdings.add(h.category().name() + ',' + h.recordCount() + ',' + h.access().name() + ',' + h.vulnerableSubjects());
        }
        holdings.sort(null);
        holdings.forEach(h -> sb.append(h).append(';'));
        ExposureProfile x = in.exposure();
        sb.append('|').append(x.outsourcedContactCentre()).append(',').append(x.staffWithAccess()).append(',')
                .append(x.connectedApps()).append(',').append(x.helpDeskResetsCredentials()).append(',')
                .append(x.internetFacingAdmin()).append('|');
        List<String> controls = new ArrayList<>(in.controls().size());
        for (ControlAnswer c : in.controls()) {
            controls.add(c.controlId() + ',' + c.baseWeight() + ',' + c.status().name() + ','
                    + (c.evidence() == null ? "" : c.evidence().name()));
        }
        controls.sort(null);
        controls.forEach(c -> sb.append(c).append(';'));
        sb.append('|').append(incidentsPart(in.incidents()));
        return sha256(sb.toString());
    }
}
