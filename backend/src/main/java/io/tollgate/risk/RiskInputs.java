package io.tollgate.risk;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.tollgate.common.Values;
import io.tollgate.control.Control;
import io.tollgate.control.ControlRepository;
import io.tollgate.control.VendorControlStatus;
import io.tollgate.incident.IncidentDetails;
import io.tollgate.incident.IncidentModels;
import io.tollgate.incident.IncidentService;
import io.tollgate.scoring.AccessType;
import io.tollgate.scoring.ControlAnswer;
import io.tollgate.scoring.ControlStatus;
import io.tollgate.scoring.DataCategory;
import io.tollgate.scoring.EvidenceQuality;
import io.tollgate.scoring.ExposureProfile;
import io.tollgate.scoring.Holding;
import io.tollgate.scoring.Incident;
import io.tollgate.scoring.RiskModel;
import io.tollgate.scoring.ScoringInput;
import io.tollgate.scoring.VendorCategory;
import io.tollgate.scoring.VendorProfile;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one reader of scoring inputs: builds the pure model's {@link ScoringInput} for 1..N vendors with a fixed number
 * of set-based statements, whatever N (vendors, platform links, holdings, control statuses, completed assessments).
 * Every score (a single change, a portfolio re-score, a what-if, the incident impact view) is built from it. The
 * catalogue and the incidents (as {@link IncidentModels} maps them) are the same for every vendor, so they are read
 * once into a {@link Context}.
 * The derivations are documented in docs/scoring-model.md, "From the database to the model".
 *
 * <p>Plain JDBC through Micronaut Data's {@link JdbcOperations} (the caller's connection and transaction): the rows go
 * straight into the model's inputs, without an entity per row, because the portfolio re-score reads every vendor.
 */
@Singleton
public class RiskInputs {
    private final JdbcOperations jdbc;
    private final ControlRepository controls;
    private final IncidentService incidents;
    private final Clock clock;

    public RiskInputs(JdbcOperations jdbc, ControlRepository controls, IncidentService incidents, Clock clock) {
        this.jdbc = jdbc;
        this.controls = controls;
        this.incidents = incidents;
        this.clock = clock;
    }

    /**
     * What every vendor's score shares: the moment, the catalogue, the incidents as the model sees them (with their
     * details, for the impact view) and the model prepared for them.
     */
    public record Context(Instant now, List<Control> catalogue, List<Incident> incidents,
                          Map<String, IncidentDetails> details, RiskModel model, String basis) {
        public Optional<Incident> incident(long id) {
            String key = String.valueOf(id);
            return incidents.stream().filter(i -> i.id().equals(key)).findFirst();
        }

        /** The same context without one incident: what the portfolio would be if it had never been recorded. */
        public Context without(String incidentId) {
            List<Incident> others = incidents.stream().filter(i -> !i.id().equals(incidentId)).toList();
            return new Context(now, catalogue, others, details, RiskModel.at(now, others), RiskInputs.basis(catalogue, others));
        }
    }

    /** A vendor's scoring input, with its name. */
    public record VendorInput(long vendorId, String name, ScoringInput input) {
    }

    public Context context() {
        return context(Values.now(clock));
    }

    public Context context(Instant now) {
        List<Control> catalogue = controls.findAllOrderByCode();
        Map<String, IncidentDetails> details = new LinkedHashMap<>();
        List<Incident> model = new ArrayList<>();
        for (IncidentDetails d : incidents.all()) {
            details.put(String.valueOf(d.incident().id()), d);
            model.add(IncidentModels.toModel(d));
        }
        List<Incident> all = List.copyOf(model);
        return new Context(now, catalogue, all, details, RiskModel.at(now, all), basis(catalogue, all));
    }

    /**
     * A digest of what every explanation is written against besides the vendor's own inputs: the catalogue (codes,
     * weights) and the incidents as the model sees them (names, statuses, chains, targets). Records print their
     * components in a fixed order and the model keeps its maps and sets sorted or hashes them the same way every run.
     */
    static String basis(List<Control> catalogue, List<Incident> incidents) {
        StringBuilder text = new StringBuilder();
        catalogue.forEach(c -> text.append(c.code()).append(':').append(c.baseWeight()).append(';'));
        incidents.forEach(i -> text.append(i.id()).append('|').append(i.name()).append('|').append(i.status()).append('|')
                .append(i.severity()).append('|').append(i.publishedOn()).append('|').append(i.lastActivityOn()).append('|')
                .append(i.steps()).append('|').append(new java.util.TreeSet<>(i.targetedPlatformIds())).append('|')
                .append(new java.util.TreeSet<>(i.compromisedVendorIds())).append('|')
                .append(new java.util.TreeSet<>(i.targetedCategories())).append('|')
                .append(new java.util.TreeSet<>(i.entryRoutes())).append(';'));
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The inputs of one vendor, in the caller's transaction; empty when it does not exist. */
    public Optional<VendorInput> forVendor(long vendorId, Context context) {
        return Optional.ofNullable(read(List.of(vendorId), context).get(vendorId));
    }

    /** The inputs of these vendors (those that exist), in the caller's transaction, by vendor id. */
    public Map<Long, VendorInput> read(List<Long> vendorIds, Context context) {
        if (vendorIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.execute(connection -> read(connection, vendorIds, Selection.of(vendorIds), context));
    }

    /**
     * Which rows the statements read: by the vendors' ids, or for a chunk of a sweep over every vendor by the id
     * range it covers, which reads each table as one stretch of its index (rows of vendors outside the chunk are
     * read and ignored).
     */
    record Selection(String where, List<Long> params) {
        static Selection of(List<Long> vendorIds) {
            return new Selection("vendor_id IN (" + placeholders(vendorIds.size()) + ")", vendorIds);
        }

        static Selection range(long afterId, long upToId) {
            return new Selection("vendor_id > ? AND vendor_id <= ?", List.of(afterId, upToId));
        }
    }

    /** Reads the inputs of {@code vendorIds} (their vendor rows already read or locked by the caller if it needs). */
    Map<Long, VendorInput> read(Connection connection, List<Long> vendorIds, Selection where, Context context)
            throws SQLException {
        Map<Long, String[]> vendors = new LinkedHashMap<>();
        query(connection, "SELECT id, category, name FROM vendor WHERE id IN (" + placeholders(vendorIds.size()) + ")",
                vendorIds, rs -> vendors.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)}));
        Map<Long, Set<Long>> platforms = new HashMap<>();
        query(connection, "SELECT vendor_id, platform_id FROM vendor_platform WHERE " + where.where(), where.params(),
                rs -> platforms.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2)));
        Map<Long, List<Holding>> holdings = new HashMap<>();
        query(connection, """
                SELECT vendor_id, data_category, record_count, access_type, vulnerable_subjects
                  FROM data_holding WHERE\s""" + where.where(), where.params(),
                rs -> holdings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Holding(
                        DataCategory.valueOf(rs.getString(2)), rs.getLong(3), AccessType.valueOf(rs.getString(4)),
                        rs.getBoolean(5))));
        Answers answers = new Answers(context.catalogue());
        Map<Long, ControlAnswer[]> statuses = new HashMap<>();
        LocalDate today = LocalDate.ofInstant(context.now(), ZoneOffset.UTC);
        query(connection, """
                SELECT vendor_id, control_code, status, evidence, source, observed_on, expires_on, override_status,
                       override_evidence, override_on, override_expires_on
                  FROM vendor_control_status WHERE\s""" + where.where(), where.params(), rs -> {
                    VendorControlStatus row = new VendorControlStatus(
                            new VendorControlStatus.Key(rs.getLong(1), rs.getString(2)), rs.getString(3), rs.getString(4),
                            rs.getString(5), null, date(rs, 6), date(rs, 7), rs.getString(8), rs.getString(9), null, null,
                            date(rs, 10), date(rs, 11), "", Instant.EPOCH, 0L);
                    // The observation that holds today; an override carries no evidence expiry (its own expiry
                    // ends it instead, and then the observation beneath holds).
                    VendorControlStatus.Observation holds = row.effective(today);
                    if (holds != null) {
                        answers.record(statuses.computeIfAbsent(row.vendorId(), k -> answers.unknown()), row.controlCode(),
                                holds.status(), holds.evidence(),
                                VendorControlStatus.OVERRIDE.equals(holds.source()) ? null : holds.expiresOn());
                    }
                });
        Map<Long, LocalDate> assessed = new HashMap<>();
        query(connection, """
                SELECT vendor_id, MAX(completed_at) FROM assessment WHERE status = 'COMPLETED' AND\s""" + where.where()
                        + " GROUP BY vendor_id", where.params(),
                rs -> assessed.put(rs.getLong(1), rs.getTimestamp(2).toInstant().atZone(ZoneOffset.UTC).toLocalDate()));

        Map<Long, VendorInput> inputs = new LinkedHashMap<>();
        for (Long id : vendorIds) {
            String[] vendor = vendors.get(id);
            if (vendor == null) {
                continue;
            }
            VendorCategory category = VendorCategory.valueOf(vendor[0]);
            Set<Long> platformIds = platforms.getOrDefault(id, Set.of());
            ScoringInput input = new ScoringInput(new VendorProfile(id, category, platformIds, assessed.get(id)),
                    holdings.getOrDefault(id, List.of()), exposure(category, platformIds.size()),
                    List.of(statuses.getOrDefault(id, answers.unknown())), context.incidents());
            inputs.put(id, new VendorInput(id, vendor[1], input));
        }
        return inputs;
    }

    /**
     * Exposure from what the registry knows: contact centres and support desks are people working in the data (and a
     * support desk resets credentials); identity providers reset credentials too; every platform the vendor runs on
     * or connects to is one connected integration holding tokens to the data. Its administration is taken to be
     * reachable from the internet, as a SaaS vendor's is, until a questionnaire records otherwise: what nobody
     * recorded is not read as safe.
     */
    static ExposureProfile exposure(VendorCategory category, int platformCount) {
        boolean peopleInTheData = category == VendorCategory.CONTACT_CENTRE || category == VendorCategory.SUPPORT_DESK;
        boolean resets = category == VendorCategory.SUPPORT_DESK || category == VendorCategory.IDENTITY;
        return new ExposureProfile(peopleInTheData, 0, platformCount, resets, true);
    }

    /**
     * Control answers in catalogue order: every catalogue control, UNKNOWN where nothing is recorded. Answers are
     * immutable, so one instance per (control, status, evidence, expiry) is shared by every vendor of a read.
     */
    static final class Answers {
        private final List<Control> catalogue;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, ControlAnswer> shared = new HashMap<>();
        private final ControlAnswer[] unknown;

        Answers(List<Control> catalogue) {
            this.catalogue = catalogue;
            this.unknown = new ControlAnswer[catalogue.size()];
            for (int i = 0; i < catalogue.size(); i++) {
                index.put(catalogue.get(i).code(), i);
                unknown[i] = answer(catalogue.get(i), null, null, null);
            }
        }

        ControlAnswer[] unknown() {
            return unknown.clone();
        }

        /** Places a stored status in {@code answers}; a control the catalogue no longer has is ignored. */
        void record(ControlAnswer[] answers, String code, String status, String evidence, LocalDate expiresOn) {
            Integer i = index.get(code);
            if (i != null) {
                answers[i] = shared.computeIfAbsent(code + '|' + status + '|' + evidence + '|' + expiresOn,
                        k -> answer(catalogue.get(i), status, evidence, expiresOn));
            }
        }
    }

    /** No stored status means UNKNOWN; a credited status stored without evidence counts as self-attested. */
    static ControlAnswer answer(Control control, String storedStatus, String storedEvidence, LocalDate expiresOn) {
        ControlStatus status = storedStatus == null ? ControlStatus.UNKNOWN : ControlStatus.valueOf(storedStatus);
        EvidenceQuality evidence = storedEvidence == null
                ? (status.credit() > 0 ? EvidenceQuality.SELF_ATTESTED : null)
                : EvidenceQuality.valueOf(storedEvidence);
        return new ControlAnswer(control.code(), control.baseWeight(), status, evidence, expiresOn);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    static void query(Connection connection, String sql, List<?> params, RowReader reader) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            for (Object param : params) {
                ps.setObject(i++, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    static String placeholders(int n) {
        return n == 0 ? "NULL" : "?" + ",?".repeat(n - 1);
    }
}
