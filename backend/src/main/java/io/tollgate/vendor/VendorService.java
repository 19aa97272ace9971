package io.tollgate.vendor;

import io.tollgate.audit.AuditLog;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.json.JsonMapper;
import io.tollgate.api.model.VendorCategory;
import io.tollgate.api.model.VendorSort;
import io.tollgate.api.model.VendorStatus;
import io.tollgate.api.model.VendorTier;
import io.tollgate.common.ConflictException;
import io.tollgate.common.Values;
import io.tollgate.common.ETags;
import io.tollgate.common.InvalidInputException;
import io.tollgate.common.NotFoundException;
import io.tollgate.common.PreconditionFailedException;
import jakarta.inject.Singleton;
import io.micronaut.transaction.TransactionDefinition;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@Singleton
public class VendorService {
    /** Up to this many text-search matches, the page is picked from them by key (see {@link #list}). */
    private final int searchMatchesByKey;

    private final VendorRepository vendors;
    private final JsonMapper json;
    private final ApplicationEventPublisher<VendorChanged> events;
    private final Clock clock;
    private final AuditLog audit;

    public VendorService(VendorRepository vendors, JsonMapper json, ApplicationEventPublisher<VendorChanged> events, Clock clock, AuditLog audit,
                         @io.micronaut.context.annotation.Value("${tollgate.vendors.search-matches-by-key:2000}") int searchMatchesByKey) {
        this.searchMatchesByKey = searchMatchesByKey;
        this.audit = audit;
        this.vendors = vendors;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** What a client sets on a vendor; the same for create and update. */
    public record VendorInput(String name, String website, VendorCategory category, @Nullable VendorTier tier,
                              @Nullable VendorStatus status, @Nullable String description, @Nullable List<String> services,
                              @Nullable String businessOwner, @Nullable String securityContact,
                              @Nullable Collection<Long> platformIds, @Nullable LocalDate nextReviewDate,
                              @Nullable String externalId, @Nullable List<String> aliases) {
    }

    /**
     * Changes of a vendor run in READ COMMITTED: the dashboard listeners read the vendor's counted rows with
     * {@code SELECT ... FOR UPDATE}, which under REPEATABLE READ also locks the gap where a new vendor's rows will go;
     * two concurrent creates then each wait for the other's gap lock to insert, and one of them dies in a deadlock.
     * The vendor's own row lock already serialises changes of one vendor, so no gap lock is needed.
     */
    @io.micronaut.transaction.annotation.Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public VendorDetails create(VendorInput input) {
        Set<Long> platformIds = validPlatformIds(null, input.platformIds());
        rejectDuplicates(null, input);
        Instant now = Values.now(clock);
        VendorTier tier = input.tier() == null ? VendorTier.MEDIUM : input.tier();
        Vendor saved = vendors.save(new Vendor(null, input.name().trim(), input.website().trim(), input.category(),
                tier, Vendor.rankOf(tier),
                input.status() == null ? VendorStatus.ACTIVE : input.status(),
                Values.blankToNull(input.description()), services(input.services()), Values.blankToNull(input.businessOwner()),
                Values.blankToNull(input.securityContact()), input.nextReviewDate(), Values.blankToNull(input.externalId()),
                0, 0, 0, 0, now, now));
        platformIds.forEach(platformId -> vendors.insertPlatformLink(saved.id(), platformId));
        aliases(input).forEach(alias -> vendors.insertAlias(saved.id(), alias));
        events.publishEvent(new VendorChanged(saved.id()));
        VendorDetails created = details(saved);
        audit.record("vendor.create", "vendor", saved.id(), null, created);
        return created;
    }

    @io.micronaut.transaction.annotation.Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public VendorDetails update(long id, long expectedVersion, @Nullable String ifMatch, VendorInput input) {
        Vendor current = vendors.findById(id).orElseThrow(() -> new NotFoundException("Vendor", id));
        VendorDetails before = details(current);
        if (ifMatch != null && !ETags.matches(ifMatch, current.version())) {
            throw new PreconditionFailedException("Vendor " + id + " has changed since it was read (current ETag "
                    + ETags.of(current.version()) + ").");
        }
        if (current.version() != expectedVersion) {
            throw ConflictException.staleVersion("Vendor", id, current.version());
        }
        Set<Long> platformIds = validPlatformIds(id, input.platformIds());
        rejectDuplicates(id, input);
        VendorTier tier = input.tier() == null ? current.tier() : input.tier();
        int changed = vendors.updateDetails(id, expectedVersion, input.name().trim(), input.website().trim(),
                input.category().name(), tier.name(), Vendor.rankOf(tier),
                (input.status() == null ? current.status() : input.status()).name(), Values.blankToNull(input.description()),
                servicesJson(input.services()), Values.blankToNull(input.businessOwner()), Values.blankToNull(input.securityContact()),
                input.nextReviewDate(), Values.blankToNull(input.externalId()), Values.now(clock));
        if (changed == 0) {
            throw ConflictException.staleVersion("Vendor", id, expectedVersion);
        }
        vendors.deletePlatformLinks(id);
        platformIds.forEach(platformId -> vendors.insertPlatformLink(id, platformId));
        if (input.aliases() != null) {
            vendors.deleteAliases(id);
            aliases(input).forEach(alias -> vendors.insertAlias(id, alias));
        }
        events.publishEvent(new VendorChanged(id));
        VendorDetails after = details(vendors.findById(id).orElseThrow(() -> new NotFoundException("Vendor", id)));
        audit.record("vendor.update", "vendor", id, before, after);
        return after;
    }

    @io.micronaut.transaction.annotation.Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public void delete(long id) {
        Vendor current = vendors.findById(id).orElseThrow(() -> new NotFoundException("Vendor", id));
        long dependants = vendors.countUsersOf(id);
        if (dependants > 0) {
            throw new ConflictException("Vendor " + id + " is a platform for " + dependants
                    + " other vendor(s); remove it from their platforms first.");
        }
        VendorDetails before = details(current);
        vendors.deleteById(id);
        audit.record("vendor.delete", "vendor", id, before, null);
        events.publishEvent(new VendorChanged(id));
    }

    /** Two single-statement reads without a transaction: a read of one vendor needs no BEGIN/COMMIT round trips. */
    public VendorDetails get(long id) {
        return details(vendors.findById(id).orElseThrow(() -> new NotFoundException("Vendor", id)));
    }

    /**
     * The page, its total, the platforms of its vendors and how many use each, then the first users of each vendor
     * that has any, one index range apiece (a ranking of all users in one statement read every user of every
     * platform on the page: 0.6 s at 100,000 vendors).
     */
    @Transactional
    public Page<VendorDetails> list(VendorFilter filter, int page, int size, VendorSort sort) {
        Pageable pageable = Pageable.from(page, size, sortOf(sort));
        // A text search is a scan either way. Left in the page query, the database walks the sort column's index
        // hoping to meet 20 matches early, and a rare term costs a key lookup per vendor (0.36 s at 100,000 vendors
        // against 0.06 s for the scan alone). So the matches are found first and, when they are few, the page is
        // picked from them by key; a common term keeps the single query, whose index walk then ends early.
        Collection<Long> searchMatches = null;
        if (filter.searches()) {
            List<Long> matching = vendors.findIdsMatching(filter.searchPattern(), searchMatchesByKey + 1);
            if (matching.isEmpty()) {
                return Page.of(List.of(), pageable, 0L);
            }
            if (matching.size() <= searchMatchesByKey) {
                searchMatches = matching;
            }
        }
        Page<Vendor> vendorPage = vendors.findAll(filter.toSpecification(searchMatches), pageable);
        List<Long> ids = vendorPage.getContent().stream().map(Vendor::id).toList();
        if (ids.isEmpty()) {
            return vendorPage.map(v -> details(v, List.of(), List.of(), List.of()));
        }
        Map<Long, List<String>> aliases = vendors.findAliasesOf(ids).stream().collect(Collectors.groupingBy(
                VendorRepository.Alias::vendorId, Collectors.mapping(VendorRepository.Alias::alias, Collectors.toList())));
        Map<Long, List<VendorLink>> platforms = byVendor(vendors.findPlatformsOf(ids));
        Map<Long, List<VendorLink>> users = new java.util.HashMap<>();
        for (PlatformUserCount count : vendors.countUsersOfEach(ids)) {
            users.put(count.platformId(), vendors.findFirstUsersOf(count.platformId(), VendorDetails.USED_BY_SHOWN,
                    count.userCount()));
        }
        return vendorPage.map(v -> details(v, aliases.getOrDefault(v.id(), List.of()), platforms.getOrDefault(v.id(), List.of()),
                users.getOrDefault(v.id(), List.of())));
    }

    private VendorDetails details(Vendor vendor) {
        List<VendorLink> links = vendors.findLinksOf(vendor.id(), VendorDetails.USED_BY_SHOWN);
        List<String> aliases = vendors.findAliasesOf(List.of(vendor.id())).stream().map(VendorRepository.Alias::alias).toList();
        return details(vendor, aliases, links.stream().filter(VendorLink::isPlatform).toList(),
                links.stream().filter(l -> !l.isPlatform()).toList());
    }

    private static VendorDetails details(Vendor vendor, List<String> aliases, List<VendorLink> platforms,
                                         List<VendorLink> firstUsers) {
        // Every user row carries the total; no row means no user.
        long usedByCount = firstUsers.isEmpty() ? 0 : firstUsers.get(0).fromVendorUserCount();
        return new VendorDetails(vendor, aliases, platforms, firstUsers, usedByCount);
    }

    /** The aliases asked for, trimmed, each once (case aside), without the vendor's own name. */
    private static List<String> aliases(VendorInput input) {
        if (input.aliases() == null) {
            return List.of();
        }
        Map<String, String> byKey = new java.util.LinkedHashMap<>();
        for (String alias : input.aliases()) {
            String trimmed = alias.trim();
            if (!trimmed.isEmpty() && !trimmed.equalsIgnoreCase(input.name().trim())) {
                byKey.putIfAbsent(trimmed.toLowerCase(java.util.Locale.ROOT), trimmed);
            }
        }
        return List.copyOf(byKey.values());
    }

    private static Map<Long, List<VendorLink>> byVendor(List<VendorLink> links) {
        return links.stream().collect(Collectors.groupingBy(VendorLink::fromVendorId));
    }

    static Sort sortOf(VendorSort sort) {
        String value = sort == null ? VendorSort.NAME.getValue() : sort.getValue();
        boolean descending = value.startsWith("-");
        String key = descending ? value.substring(1) : value;
        // Tier sorts by severity through its rank, not by the tier's name.
        String property = key.equals("tier") ? "tierRank" : key;
        Sort.Order order = descending ? Sort.Order.desc(property) : Sort.Order.asc(property);
        // id breaks ties so that pages never overlap or skip rows.
        return Sort.of(order, descending ? Sort.Order.desc("id") : Sort.Order.asc("id"));
    }

    private Set<Long> validPlatformIds(@Nullable Long vendorId, @Nullable Collection<Long> requested) {
        if (requested == null || requested.isEmpty()) {
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>(requested);
        if (vendorId != null && ids.contains(vendorId)) {
            throw new InvalidInputException("platformIds", "a vendor cannot be its own platform");
        }
        Set<Long> missing = new HashSet<>(ids);
        missing.removeAll(vendors.findExistingIds(ids));
        if (!missing.isEmpty()) {
            throw new InvalidInputException("platformIds", "no vendor with id " + missing.stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        return ids;
    }

    private void rejectDuplicates(@Nullable Long vendorId, VendorInput input) {
        vendors.findIdByName(input.name().trim()).filter(other -> !other.equals(vendorId)).ifPresent(other -> {
            throw new ConflictException("A vendor named '" + input.name().trim() + "' already exists (id " + other + ").");
        });
        // A name or alias identifies one vendor, so that an incident naming a platform finds exactly one.
        List<String> names = new ArrayList<>(aliases(input));
        names.add(input.name().trim());
        List<String> taken = vendors.findOtherNamesUsed(names, vendorId == null ? 0L : vendorId);
        if (!taken.isEmpty()) {
            throw new ConflictException("Another vendor already goes by " + String.join(", ", taken)
                    + "; a name or alias can belong to one vendor only.");
        }
        String externalId = Values.blankToNull(input.externalId());
        if (externalId != null) {
            vendors.findIdByExternalId(externalId).filter(other -> !other.equals(vendorId)).ifPresent(other -> {
                throw new ConflictException("External id '" + externalId + "' is already used by vendor " + other + ".");
            });
        }
    }

    private static List<String> services(@Nullable List<String> services) {
        if (services == null) {
            return List.of();
        }
        List<String> cleaned = new ArrayList<>();
        for (String s : services) {
            String trimmed = s == null ? "" : s.trim();
            if (!trimmed.isEmpty() && !cleaned.contains(trimmed)) {
                cleaned.add(trimmed);
            }
        }
        return cleaned;
    }

    private String servicesJson(@Nullable List<String> services) {
        try {
            return json.writeValueAsString(services(services));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
