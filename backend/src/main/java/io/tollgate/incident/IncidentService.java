package io.tollgate.incident;

import io.tollgate.audit.AuditLog;
import io.tollgate.integration.webhook.WebhookEvents;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.tollgate.api.model.DataCategoryCode;
import io.tollgate.api.model.FieldError;
import io.tollgate.api.model.IncidentSeverity;
import io.tollgate.api.model.IncidentSort;
import io.tollgate.api.model.IncidentStatus;
import io.tollgate.api.model.VendorCategory;
import io.tollgate.common.ConflictException;
import io.tollgate.common.Values;
import io.tollgate.common.ETags;
import io.tollgate.common.InvalidInputException;
import io.tollgate.common.NotFoundException;
import io.tollgate.common.PreconditionFailedException;
import io.tollgate.control.ControlRepository;
import io.tollgate.vendor.VendorRepository;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

@Singleton
public class IncidentService {
    private final IncidentRepository incidents;
    private final ControlRepository controls;
    private final VendorRepository vendors;
    private final ApplicationEventPublisher<IncidentChanged> events;
    private final WebhookEvents webhookEvents;
    private final Clock clock;
    private final AuditLog audit;

    public IncidentService(IncidentRepository incidents, ControlRepository controls, VendorRepository vendors,
                           ApplicationEventPublisher<IncidentChanged> events, WebhookEvents webhookEvents, Clock clock,
                           AuditLog audit) {
        this.audit = audit;
        this.incidents = incidents;
        this.controls = controls;
        this.vendors = vendors;
        this.events = events;
        this.webhookEvents = webhookEvents;
        this.clock = clock;
    }

    /** What a client sets on an incident; the same for create and update. Lists replace the stored ones whole. */
    public record IncidentInput(String name, @Nullable String slug, @Nullable String threatActor,
                                @Nullable LocalDate firstSeen, @Nullable LocalDate lastSeen, @Nullable LocalDate publishedOn,
                                String summary, IncidentSeverity severity, @Nullable IncidentStatus status,
                                List<IncidentDetails.Source> sources, List<IncidentDetails.Platform> platforms,
                                Collection<VendorCategory> vendorCategories, List<IncidentDetails.Technique> techniques,
                                List<IncidentDetails.Step> steps, List<IncidentDetails.Attribution> attributions,
                                Collection<DataCategoryCode> dataCategories) {
    }

    @Transactional
    public IncidentDetails create(IncidentInput input) {
        String slug = input.slug() == null || input.slug().isBlank() ? slugOf(input.name()) : input.slug().trim();
        validate(input);
        rejectDuplicates(null, slug, input.name().trim());
        Instant now = Values.now(clock);
        Incident saved = incidents.save(new Incident(null, slug, input.name().trim(), Values.blankToNull(input.threatActor()),
                input.firstSeen(), input.lastSeen(), input.publishedOn(), input.summary().trim(), input.severity(),
                input.status() == null ? IncidentStatus.ACTIVE : input.status(), 0, now, now));
        insertLists(saved.id(), input);
        IncidentDetails created = get(saved.id());
        events.publishEvent(changed(saved.id(), null, created));
        audit.record("incident.create", "incident", saved.id(), null, created);
        if (saved.status() == IncidentStatus.ACTIVE) {
            published(created);
        }
        return created;
    }

    @Transactional
    public IncidentDetails update(long id, long expectedVersion, @Nullable String ifMatch, IncidentInput input) {
        Incident current = incidents.findById(id).orElseThrow(() -> new NotFoundException("Incident", id));
        if (ifMatch != null && !ETags.matches(ifMatch, current.version())) {
            throw new PreconditionFailedException("Incident " + id + " has changed since it was read (current ETag "
                    + ETags.of(current.version()) + ").");
        }
        if (current.version() != expectedVersion) {
            throw ConflictException.staleVersion("Incident", id, current.version());
        }
        String slug = input.slug() == null || input.slug().isBlank() ? current.slug() : input.slug().trim();
        validate(input);
        rejectDuplicates(id, slug, input.name().trim());
        // Read before anything is written, so the audit trail's "before" is the incident as it was.
        IncidentDetails before = get(id);
        int changed = incidents.updateDetails(id, expectedVersion, slug, input.name().trim(), Values.blankToNull(input.threatActor()),
                input.firstSeen(), input.lastSeen(), input.publishedOn(), input.summary().trim(), input.severity().name(),
                (input.status() == null ? current.status() : input.status()).name(), Values.now(clock));
        if (changed == 0) {
            throw ConflictException.staleVersion("Incident", id, expectedVersion);
        }
        incidents.deleteSources(id);
        incidents.deletePlatforms(id);
        incidents.deleteCategories(id);
        incidents.deleteTechniques(id);
        incidents.deleteSteps(id);
        incidents.deleteAttributions(id);
        incidents.deleteDataCategories(id);
        insertLists(id, input);
        IncidentDetails after = get(id);
        events.publishEvent(changed(id, before, after));
        audit.record("incident.update", "incident", id, before, after);
        if (current.status() != IncidentStatus.ACTIVE && after.incident().status() == IncidentStatus.ACTIVE) {
            published(after);
        }
        return after;
    }

    /** An incident became ACTIVE: raised in the same transaction as the change (see WebhookEvents). */
    private void published(IncidentDetails details) {
        Incident incident = details.incident();
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("incidentId", incident.id());
        data.put("slug", incident.slug());
        data.put("name", incident.name());
        data.put("severity", incident.severity().name());
        if (incident.threatActor() != null) {
            data.put("threatActor", incident.threatActor());
        }
        data.put("summary", incident.summary());
        webhookEvents.raise(WebhookEvents.INCIDENT_PUBLISHED, data);
    }

    @Transactional
    public IncidentDetails get(long id) {
        Incident incident = incidents.findById(id).orElseThrow(() -> new NotFoundException("Incident", id));
        return withLists(List.of(incident)).get(0);
    }

    /** Every incident with its lists (the scoring context reads them all; there are tens, not thousands). */
    @Transactional
    public List<IncidentDetails> all() {
        List<Incident> rows = new ArrayList<>();
        incidents.findAll().forEach(rows::add);
        return withLists(rows);
    }

    @Transactional
    public Page<IncidentDetails> list(IncidentFilter filter, int page, int size, @Nullable IncidentSort sort) {
        Page<Incident> result = incidents.findAll(filter.toSpecification(), Pageable.from(page, size, sortOf(sort)));
        List<IncidentDetails> details = withLists(result.getContent());
        Map<Long, IncidentDetails> byId = details.stream().collect(Collectors.toMap(d -> d.incident().id(), Function.identity()));
        return result.map(i -> byId.get(i.id()));
    }

    /** Loads the lists of many incidents with one query per child table. */
    private List<IncidentDetails> withLists(List<Incident> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Incident::id).toList();
        Map<Long, List<IncidentDetails.Source>> sources = group(incidents.findSources(ids), IncidentDetails.Source::incidentId);
        Map<Long, List<IncidentDetails.Platform>> platforms = group(incidents.findPlatforms(ids), IncidentDetails.Platform::incidentId);
        Map<Long, List<IncidentDetails.Category>> categories = group(incidents.findCategories(ids), IncidentDetails.Category::incidentId);
        Map<Long, List<IncidentDetails.Technique>> techniques = group(incidents.findTechniques(ids), IncidentDetails.Technique::incidentId);
        Map<Long, List<IncidentDetails.Step>> steps = steps(incidents.findSteps(ids));
        Map<Long, List<IncidentDetails.Attribution>> attributions = group(incidents.findAttributions(ids),
                IncidentDetails.Attribution::incidentId);
        Map<Long, List<IncidentDetails.DataCategory>> data = group(incidents.findDataCategories(ids), IncidentDetails.DataCategory::incidentId);
        return page.stream().map(i -> new IncidentDetails(i,
                sources.getOrDefault(i.id(), List.of()),
                platforms.getOrDefault(i.id(), List.of()),
                categories.getOrDefault(i.id(), List.of()).stream().map(IncidentDetails.Category::category).toList(),
                techniques.getOrDefault(i.id(), List.of()),
                steps.getOrDefault(i.id(), List.of()),
                attributions.getOrDefault(i.id(), List.of()),
                data.getOrDefault(i.id(), List.of()).stream().map(IncidentDetails.DataCategory::dataCategory).toList()))
                .toList();
    }

    /** Folds the joined step rows (one per technique or control) back into each incident's ordered steps. */
    private static Map<Long, List<IncidentDetails.Step>> steps(List<IncidentRepository.StepRow> rows) {
        Map<Long, Map<Integer, IncidentDetails.Step>> byIncident = new HashMap<>();
        for (IncidentRepository.StepRow r : rows) {
            IncidentDetails.Step step = byIncident.computeIfAbsent(r.incidentId(), k -> new java.util.TreeMap<>())
                    .computeIfAbsent(r.position(), k -> new IncidentDetails.Step(r.name(), r.sourceUrl(), new ArrayList<>(), new ArrayList<>()));
            if (r.techniqueId() != null) {
                step.techniques().add(r.techniqueId());
            }
            if (r.controlCode() != null) {
                step.controls().add(new IncidentDetails.StepControl(r.controlCode(), r.controlName(), r.strength()));
            }
        }
        Map<Long, List<IncidentDetails.Step>> steps = new HashMap<>();
        byIncident.forEach((incident, ordered) -> steps.put(incident, List.copyOf(ordered.values())));
        return steps;
    }

    /** The change event, naming every platform and vendor category the incident targets or targeted. */
    private static IncidentChanged changed(long id, @Nullable IncidentDetails before, IncidentDetails after) {
        Set<Long> platforms = new TreeSet<>();
        Set<String> categories = new TreeSet<>();
        for (IncidentDetails d : before == null ? List.of(after) : List.of(before, after)) {
            d.platforms().stream().map(IncidentDetails.Platform::vendorId).filter(Objects::nonNull).forEach(platforms::add);
            d.vendorCategories().forEach(c -> categories.add(c.name()));
        }
        return new IncidentChanged(id, platforms, categories);
    }

    private void insertLists(long id, IncidentInput input) {
        for (int i = 0; i < input.sources().size(); i++) {
            IncidentDetails.Source s = input.sources().get(i);
            incidents.insertSource(id, i, s.title().trim(), s.url().trim(), Values.blankToNull(s.publisher()), s.publishedOn());
        }
        for (int i = 0; i < input.platforms().size(); i++) {
            IncidentDetails.Platform p = input.platforms().get(i);
            // A platform named without a vendor is linked to the vendor of that name or alias, when there is one.
            Long vendorId = p.vendorId() != null ? p.vendorId() : vendors.findIdByNameOrAlias(p.name().trim()).orElse(null);
            incidents.insertPlatform(id, i, p.name().trim(), vendorId, p.role());
        }
        input.vendorCategories().stream().distinct().forEach(c -> incidents.insertCategory(id, c.name()));
        input.techniques().forEach(t -> incidents.insertTechnique(id, t.techniqueId(), t.name().trim()));
        for (int i = 0; i < input.steps().size(); i++) {
            IncidentDetails.Step step = input.steps().get(i);
            int position = i;
            incidents.insertStep(id, position, step.name().trim(), Values.blankToNull(step.sourceUrl()));
            step.techniques().stream().distinct().forEach(t -> incidents.insertStepTechnique(id, position, t));
            step.controls().forEach(c -> incidents.insertStepControl(id, position, c.controlCode(), strength(c.strength())));
        }
        for (int i = 0; i < input.attributions().size(); i++) {
            IncidentDetails.Attribution a = input.attributions().get(i);
            incidents.insertAttribution(id, i, a.actor().trim(), a.confidence(), a.statedBy().trim(), Values.blankToNull(a.sourceUrl()));
        }
        input.dataCategories().stream().distinct().forEach(d -> incidents.insertDataCategory(id, d.name()));
    }

    private void validate(IncidentInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.name().isBlank()) {
            errors.add(new FieldError("name", "must not be blank"));
        }
        if (input.summary().isBlank()) {
            errors.add(new FieldError("summary", "must not be blank"));
        }
        if (input.firstSeen() != null && input.lastSeen() != null && input.lastSeen().isBefore(input.firstSeen())) {
            errors.add(new FieldError("lastSeen", "must not be before firstSeen (" + input.firstSeen() + ")"));
        }
        if (input.firstSeen() != null && input.publishedOn() != null && input.publishedOn().isBefore(input.firstSeen())) {
            errors.add(new FieldError("publishedOn", "must not be before firstSeen (" + input.firstSeen() + ")"));
        }
        repeated(input.platforms(), p -> p.name().trim().toLowerCase(Locale.ROOT), "platforms", "name", errors);
        repeated(input.techniques(), IncidentDetails.Technique::techniqueId, "techniques", "id", errors);
        validateSteps(input, errors);
        Set<Long> vendorIds = input.platforms().stream().map(IncidentDetails.Platform::vendorId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Set<Long> knownVendors = vendorIds.isEmpty() ? Set.of() : new HashSet<>(vendors.findExistingIds(vendorIds));
        for (int i = 0; i < input.platforms().size(); i++) {
            Long vendorId = input.platforms().get(i).vendorId();
            if (vendorId != null && !knownVendors.contains(vendorId)) {
                errors.add(new FieldError("platforms[" + i + "].vendorId", "no vendor with id " + vendorId));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Each step's techniques are among the incident's, its controls exist and are named once per step. */
    private void validateSteps(IncidentInput input, List<FieldError> errors) {
        Set<String> techniques = input.techniques().stream().map(IncidentDetails.Technique::techniqueId).collect(Collectors.toSet());
        Set<String> codes = input.steps().stream().flatMap(s -> s.controls().stream())
                .map(IncidentDetails.StepControl::controlCode).collect(Collectors.toSet());
        Set<String> knownCodes = codes.isEmpty() ? Set.of() : new HashSet<>(controls.findExistingCodes(codes));
        for (int i = 0; i < input.steps().size(); i++) {
            IncidentDetails.Step step = input.steps().get(i);
            String at = "steps[" + i + "]";
            if (step.name().isBlank()) {
                errors.add(new FieldError(at + ".name", "must not be blank"));
            }
            for (int t = 0; t < step.techniques().size(); t++) {
                if (!techniques.contains(step.techniques().get(t))) {
                    errors.add(new FieldError(at + ".techniques[" + t + "]", "technique " + step.techniques().get(t)
                            + " is not among the incident's techniques; add it there first"));
                }
            }
            repeated(step.controls(), IncidentDetails.StepControl::controlCode, at + ".controls", "controlCode", errors);
            for (int c = 0; c < step.controls().size(); c++) {
                String code = step.controls().get(c).controlCode();
                if (!knownCodes.contains(code)) {
                    errors.add(new FieldError(at + ".controls[" + c + "].controlCode", "no control with code " + code));
                }
            }
        }
    }

    private static <T> void repeated(List<T> items, Function<T, String> key, String list, String field, List<FieldError> errors) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Integer first = firstIndex.putIfAbsent(key.apply(items.get(i)), i);
            if (first != null) {
                errors.add(new FieldError(list + "[" + i + "]." + field, "already listed at [" + first + "]; list each once"));
            }
        }
    }

    private void rejectDuplicates(@Nullable Long id, String slug, String name) {
        incidents.findIdBySlug(slug).filter(other -> !other.equals(id)).ifPresent(other -> {
            throw new ConflictException("Slug '" + slug + "' is already used by incident " + other + ".");
        });
        incidents.findIdByName(name).filter(other -> !other.equals(id)).ifPresent(other -> {
            throw new ConflictException("An incident named '" + name + "' already exists (id " + other + ").");
        });
    }

    static Sort sortOf(@Nullable IncidentSort sort) {
        String value = sort == null ? IncidentSort._FIRST_SEEN.getValue() : sort.getValue();
        boolean descending = value.startsWith("-");
        String property = descending ? value.substring(1) : value;
        Sort.Order order = descending ? Sort.Order.desc(property) : Sort.Order.asc(property);
        // id breaks ties so that pages never overlap or skip rows.
        return Sort.of(order, descending ? Sort.Order.desc("id") : Sort.Order.asc("id"));
    }

    /** "Salesloft Drift OAuth token theft (UNC6395)" becomes "salesloft-drift-oauth-token-theft-unc6395". */
    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 100) {
            slug = slug.substring(0, 100).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "incident" : slug;
    }

    private static BigDecimal strength(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static <T> Map<Long, List<T>> group(List<T> rows, Function<T, Long> key) {
        return rows.stream().collect(Collectors.groupingBy(key));
    }
}
