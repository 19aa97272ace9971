package io.tollgate.integration.importexport;

import io.micronaut.core.annotation.Nullable;
import io.tollgate.api.model.AccessType;
import io.tollgate.api.model.DataCategoryCode;
import io.tollgate.api.model.FieldError;
import io.tollgate.api.model.VendorCategory;
import io.tollgate.api.model.VendorImportAction;
import io.tollgate.api.model.VendorImportError;
import io.tollgate.api.model.VendorImportHolding;
import io.tollgate.api.model.VendorImportReport;
import io.tollgate.api.model.VendorImportRow;
import io.tollgate.api.model.VendorImportRowResult;
import io.tollgate.api.model.VendorStatus;
import io.tollgate.api.model.VendorTier;
import io.tollgate.common.InvalidInputException;
import io.tollgate.dataholding.DataHolding;
import io.tollgate.dataholding.DataHoldingRepository;
import io.tollgate.dataholding.DataHoldingService;
import io.tollgate.vendor.Vendor;
import io.tollgate.vendor.VendorDetails;
import io.tollgate.vendor.VendorLink;
import io.tollgate.vendor.VendorRepository;
import io.tollgate.vendor.VendorService;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Bulk import and export of vendors with their data holdings. A file is first checked as a whole, row by row, with
 * every error collected; a real run then writes all rows in one transaction through {@link VendorService} and
 * {@link DataHoldingService}, so the same rules, versions and re-score triggers apply as for edits one by one.
 */
@Singleton
public class VendorImportService {
    public static final int MAX_ROWS = 1000;
    private static final Pattern WEBSITE = Pattern.compile("^https?://[^\\s/$.?#][^\\s]*$");
    private static final Pattern EXTERNAL_ID = Pattern.compile("^[A-Za-z0-9._:-]+$");
    private static final Pattern REGION = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final VendorRepository vendors;
    private final VendorService vendorService;
    private final DataHoldingRepository holdings;
    private final DataHoldingService holdingService;

    public VendorImportService(VendorRepository vendors, VendorService vendorService, DataHoldingRepository holdings,
                               DataHoldingService holdingService) {
        this.vendors = vendors;
        this.vendorService = vendorService;
        this.holdings = holdings;
        this.holdingService = holdingService;
    }

    /** A valid row: what to store, and the vendor it matched (null: a new vendor). */
    private record Plan(int row, VendorImportRow source, VendorService.VendorInput input, List<DataHolding> holdings,
                        @Nullable Vendor existing, VendorImportAction action, boolean detailsChanged, boolean holdingsChanged) {
    }

    @Transactional
    public VendorImportReport importCsv(String csv, boolean dryRun) {
        VendorCsv.Parsed parsed = VendorCsv.read(csv, MAX_ROWS);
        return run(parsed.rows(), parsed.errors(), dryRun);
    }

    @Transactional
    public VendorImportReport importRows(List<VendorImportRow> rows, boolean dryRun) {
        if (rows.size() > MAX_ROWS) {
            throw new MalformedFileException("vendors", "The file has more than " + MAX_ROWS + " rows; split it.");
        }
        return run(rows, List.of(), dryRun);
    }

    private VendorImportReport run(List<VendorImportRow> rows, List<VendorImportError> readErrors, boolean dryRun) {
        List<VendorImportError> errors = new ArrayList<>(readErrors);
        List<Plan> plans = plan(rows, errors);
        Set<Integer> badRows = errors.stream().map(VendorImportError::getRow).collect(Collectors.toSet());
        if (!dryRun && !errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().limit(1000)
                    .map(e -> new FieldError("rows[" + e.getRow() + "]." + e.getField(), e.getMessage())).toList());
        }
        List<VendorImportRowResult> results = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            Plan plan = i < plans.size() ? plans.get(i) : null;
            VendorImportRowResult result = new VendorImportRowResult(row, VendorImportAction.ERROR)
                    .externalId(rows.get(i) == null ? null : rows.get(i).getExternalId())
                    .name(rows.get(i) == null ? null : rows.get(i).getName());
            if (plan != null && !badRows.contains(row)) {
                result.action(plan.action());
                Long vendorId = plan.existing() == null ? null : plan.existing().id();
                if (!dryRun) {
                    vendorId = apply(plan);
                }
                result.vendorId(vendorId);
                switch (plan.action()) {
                    case CREATE -> created++;
                    case UPDATE -> updated++;
                    default -> unchanged++;
                }
            }
            results.add(result);
        }
        return new VendorImportReport(dryRun, created, updated, unchanged, results, errors);
    }

    private long apply(Plan plan) {
        switch (plan.action()) {
            case CREATE -> {
                VendorDetails created = vendorService.create(plan.input());
                if (!plan.holdings().isEmpty()) {
                    holdingService.replace(created.vendor().id(), null, plan.holdings());
                }
                return created.vendor().id();
            }
            case UPDATE -> {
                Vendor existing = Objects.requireNonNull(plan.existing());
                if (plan.detailsChanged()) {
                    vendorService.update(existing.id(), existing.version(), null, plan.input());
                }
                if (plan.holdingsChanged()) {
                    holdingService.replace(existing.id(), null, plan.holdings());
                }
                return existing.id();
            }
            default -> {
                return Objects.requireNonNull(plan.existing()).id();
            }
        }
    }

    /** One plan per row (null where the row cannot even be matched); errors are added to {@code errors}. */
    private List<Plan> plan(List<VendorImportRow> rows, List<VendorImportError> errors) {
        Map<String, Integer> externalIds = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            VendorImportRow r = rows.get(i);
            Errors e = new Errors(row, errors);
            if (r == null) {
                // JSON "vendors": [null]: Bean Validation checks the items' fields, not that an item is there.
                e.add("row", "must be a vendor object, not null");
                plans.add(null);
                continue;
            }
            String externalId = trimmed(r.getExternalId());
            String name = trimmed(r.getName());
            if (externalId != null) {
                if (externalId.length() > 100 || !EXTERNAL_ID.matcher(externalId).matches()) {
                    e.add("externalId", "at most 100 letters, digits and . _ : -");
                }
                Integer first = externalIds.putIfAbsent(externalId, row);
                if (first != null) {
                    e.add("externalId", "'" + externalId + "' is already used by row " + first);
                }
            }
            if (name == null) {
                e.add("name", "required");
            } else {
                if (name.length() > 200) {
                    e.add("name", "at most 200 characters");
                }
                Integer first = names.putIfAbsent(name.toLowerCase(Locale.ROOT), row);
                if (first != null) {
                    e.add("name", "'" + name + "' is also the name in row " + first);
                }
            }
            Vendor existing = match(externalId, name, e);
            // Platforms are not part of the file: an update keeps the vendor's current ones.
            List<Long> platformIds = existing == null ? List.of()
                    : vendors.findPlatformsOf(List.of(existing.id())).stream().map(VendorLink::id).toList();
            VendorService.VendorInput input = input(r, existing, platformIds, e);
            List<DataHolding> wanted = holdings(r.getDataHoldings(), e);
            if (name != null && name.length() <= 200) {
                vendors.findIdByName(name).filter(id -> existing == null || !id.equals(existing.id())).ifPresent(id ->
                        e.add("name", "vendor " + id + " already has this name" + (externalId == null ? "" : " (under another external id)")));
            }
            if (e.count == 0 && input != null) {
                plans.add(plan(row, r, input, wanted, existing));
            } else {
                plans.add(null);
            }
        }
        return plans;
    }

    private Plan plan(int row, VendorImportRow source, VendorService.VendorInput input, List<DataHolding> wanted,
                      @Nullable Vendor existing) {
        if (existing == null) {
            return new Plan(row, source, input, wanted, null, VendorImportAction.CREATE, true, !wanted.isEmpty());
        }
        boolean detailsChanged = !Objects.equals(existing.name(), input.name())
                || !Objects.equals(existing.website(), input.website())
                || existing.category() != input.category()
                || existing.tier() != input.tier()
                || existing.status() != input.status()
                || !Objects.equals(existing.description(), input.description())
                || !Objects.equals(existing.services() == null ? List.of() : existing.services(), input.services())
                || !Objects.equals(existing.businessOwner(), input.businessOwner())
                || !Objects.equals(existing.securityContact(), input.securityContact())
                || !Objects.equals(existing.nextReviewDate(), input.nextReviewDate())
                || !Objects.equals(existing.externalId(), input.externalId());
        boolean holdingsChanged = !comparable(holdings.findByVendor(existing.id())).equals(comparable(wanted));
        VendorImportAction action = detailsChanged || holdingsChanged ? VendorImportAction.UPDATE : VendorImportAction.UNCHANGED;
        return new Plan(row, source, input, wanted, existing, action, detailsChanged, holdingsChanged);
    }

    /** Holdings compared by category, regions as a set: order in a file is not a change. */
    private static Map<DataCategoryCode, List<Object>> comparable(List<DataHolding> list) {
        return list.stream().collect(Collectors.toMap(DataHolding::dataCategory, h -> List.of(h.recordCount(), h.accessType(),
                new TreeSet<>(h.regions() == null ? List.of() : h.regions()), h.vulnerableSubjects()), (a, b) -> a));
    }

    @Nullable
    private Vendor match(@Nullable String externalId, @Nullable String name, Errors e) {
        if (externalId != null) {
            return vendors.findIdByExternalId(externalId).flatMap(vendors::findById).orElse(null);
        }
        if (name == null) {
            return null;
        }
        Optional<Vendor> byName = vendors.findIdByName(name).flatMap(vendors::findById);
        if (byName.isPresent() && byName.get().externalId() != null) {
            e.add("externalId", "vendor '" + name + "' has external id '" + byName.get().externalId()
                    + "'; give it to update this vendor");
            return null;
        }
        return byName.orElse(null);
    }

    /** The row's vendor fields checked (errors go to {@code e}); null when a required one is missing or unreadable. */
    @Nullable
    static VendorService.VendorInput input(VendorImportRow r, @Nullable Vendor existing, List<Long> platformIds, Errors e) {
        String website = trimmed(r.getWebsite());
        if (website == null) {
            e.add("website", "required");
        } else if (website.length() > 500 || !WEBSITE.matcher(website).matches()) {
            e.add("website", "must be an http(s) URL of at most 500 characters");
        }
        VendorCategory category = trimmed(r.getCategory()) == null ? null
                : parse(r.getCategory(), VendorCategory::fromValue, "category", e);
        if (trimmed(r.getCategory()) == null) {
            e.add("category", "required");
        }
        VendorTier tier = trimmed(r.getTier()) == null ? (existing == null ? VendorTier.MEDIUM : existing.tier())
                : parse(r.getTier(), VendorTier::fromValue, "tier", e);
        VendorStatus status = trimmed(r.getStatus()) == null ? (existing == null ? VendorStatus.ACTIVE : existing.status())
                : parse(r.getStatus(), VendorStatus::fromValue, "status", e);
        String description = trimmed(r.getDescription());
        if (description != null && description.length() > 2000) {
            e.add("description", "at most 2000 characters");
        }
        List<String> services = new ArrayList<>();
        if (r.getServices() != null) {
            for (String s : r.getServices()) {
                String t = trimmed(s);
                if (t != null && t.length() > 200) {
                    e.add("services", "each service has at most 200 characters");
                } else if (t != null && !services.contains(t)) {
                    services.add(t);
                }
            }
        }
        if (services.size() > 50) {
            e.add("services", "at most 50 services");
        }
        String owner = trimmed(r.getBusinessOwner());
        if (owner != null && owner.length() > 200) {
            e.add("businessOwner", "at most 200 characters");
        }
        String contact = trimmed(r.getSecurityContact());
        if (contact != null && (contact.length() > 254 || !EMAIL.matcher(contact).matches())) {
            e.add("securityContact", "must be an email address of at most 254 characters");
        }
        LocalDate review = null;
        if (trimmed(r.getNextReviewDate()) != null) {
            try {
                review = LocalDate.parse(r.getNextReviewDate().trim());
            } catch (DateTimeParseException ex) {
                e.add("nextReviewDate", "must be a date like 2026-06-30");
            }
        }
        if (website == null || category == null || tier == null || status == null || trimmed(r.getName()) == null) {
            return null;
        }
        return new VendorService.VendorInput(trimmed(r.getName()), website, category, tier, status, description, services,
                owner, contact, platformIds, review, trimmed(r.getExternalId()), null);
    }

    /** The row's data holdings checked (errors go to {@code e}); only complete ones are returned. */
    static List<DataHolding> holdings(@Nullable List<VendorImportHolding> requested, Errors e) {
        List<DataHolding> result = new ArrayList<>();
        if (requested == null) {
            return result;
        }
        if (requested.size() > 50) {
            e.add("dataHoldings", "at most 50 data holdings");
        }
        Map<DataCategoryCode, Integer> seen = new HashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            VendorImportHolding h = requested.get(i);
            String at = "dataHoldings[" + i + "]";
            if (h == null) {
                e.add(at, "must be a data holding object, not null");
                continue;
            }
            DataCategoryCode category = trimmed(h.getDataCategory()) == null ? null
                    : parse(h.getDataCategory(), DataCategoryCode::fromValue, at + ".dataCategory", e);
            if (trimmed(h.getDataCategory()) == null) {
                e.add(at + ".dataCategory", "required");
            }
            AccessType access = trimmed(h.getAccessType()) == null ? null
                    : parse(h.getAccessType(), AccessType::fromValue, at + ".accessType", e);
            if (trimmed(h.getAccessType()) == null) {
                e.add(at + ".accessType", "required");
            }
            Long records = h.getRecordCount();
            if (records == null) {
                e.add(at + ".recordCount", "required");
            } else if (records < 0 || records > 100_000_000_000L) {
                e.add(at + ".recordCount", "must be between 0 and 100000000000");
            }
            List<String> regions = new ArrayList<>(new LinkedHashSet<>(h.getRegions() == null ? List.of() : h.getRegions()));
            if (regions.size() > 30) {
                e.add(at + ".regions", "at most 30 regions");
            }
            regions.stream().filter(x -> x == null || !REGION.matcher(x).matches()).findFirst().ifPresent(x ->
                    e.add(at + ".regions", "'" + x + "' is not a two-letter code such as AU or EU"));
            if (category != null) {
                Integer first = seen.putIfAbsent(category, i);
                if (first != null) {
                    e.add(at + ".dataCategory", category + " is already listed at [" + first + "]; list each category once");
                }
            }
            if (category != null && access != null && records != null) {
                result.add(new DataHolding(null, 0, category, records, access, regions,
                        Boolean.TRUE.equals(h.getVulnerableSubjects())));
            }
        }
        return result;
    }

    private static <T> T parse(String value, Function<String, T> from, String field, Errors e) {
        try {
            return from.apply(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            e.add(field, "'" + abbreviate(value.trim()) + "' is not one of the allowed values");
            return null;
        }
    }

    /** Every vendor with its holdings, ordered by name, in the import's shape. */
    @Transactional
    public List<VendorImportRow> export() {
        Map<Long, List<DataHolding>> byVendor = new HashMap<>();
        holdings.findAll().forEach(h -> byVendor.computeIfAbsent(h.vendorId(), k -> new ArrayList<>()).add(h));
        List<VendorImportRow> rows = new ArrayList<>();
        List<Vendor> all = new ArrayList<>();
        vendors.findAll().forEach(all::add);
        all.sort(Comparator.comparing(Vendor::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Vendor::id));
        for (Vendor v : all) {
            List<DataHolding> held = byVendor.getOrDefault(v.id(), List.of()).stream()
                    .sorted(Comparator.comparing((DataHolding h) -> h.dataCategory().getValue())).toList();
            rows.add(new VendorImportRow().externalId(v.externalId()).name(v.name()).website(v.website())
                    .category(v.category().getValue()).tier(v.tier().getValue()).status(v.status().getValue())
                    .description(v.description()).services(v.services() == null ? List.of() : v.services())
                    .businessOwner(v.businessOwner()).securityContact(v.securityContact())
                    .nextReviewDate(v.nextReviewDate() == null ? null : v.nextReviewDate().toString())
                    .dataHoldings(held.stream().map(h -> new VendorImportHolding().dataCategory(h.dataCategory().getValue())
                            .recordCount(h.recordCount()).accessType(h.accessType().getValue())
                            .regions(h.regions() == null ? List.of() : h.regions())
                            .vulnerableSubjects(h.vulnerableSubjects())).toList()));
        }
        return rows;
    }

    public String csv(List<VendorImportRow> rows) {
        return VendorCsv.write(rows);
    }

    @Nullable
    private static String trimmed(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** Collects one row's errors into the report's list. */
    static final class Errors {
        private final int row;
        private final List<VendorImportError> all;
        private int count;

        Errors(int row, List<VendorImportError> all) {
            this.row = row;
            this.all = all;
            this.count = (int) all.stream().filter(x -> x.getRow() == row).count();
        }

        void add(String field, String message) {
            all.add(new VendorImportError(row, field, message));
            count++;
        }
    }
}
