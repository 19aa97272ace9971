package io.tollgate.control;

import io.tollgate.audit.AuditLog;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.tollgate.api.model.ControlDomain;
import io.tollgate.api.model.FieldError;
import io.tollgate.api.model.Framework;
import io.tollgate.common.ConflictException;
import io.tollgate.common.Values;
import io.tollgate.common.ETags;
import io.tollgate.common.InvalidInputException;
import io.tollgate.common.NotFoundException;
import io.tollgate.common.PreconditionFailedException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

@Singleton
public class ControlService {
    private static final Pattern GENERATED_CODE = Pattern.compile("^X-(\\d+)$");

    private final ControlRepository controls;
    private final ApplicationEventPublisher<ControlChanged> events;
    private final Clock clock;
    private final AuditLog audit;

    public ControlService(ControlRepository controls, ApplicationEventPublisher<ControlChanged> events, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.controls = controls;
        this.events = events;
        this.clock = clock;
    }

    /** What an admin sets on a custom control; the same for create and update. */
    public record ControlInput(String name, String description, ControlDomain domain, int baseWeight,
                               @Nullable String mitigationNote, List<Mapping> mappings, List<Technique> techniques) {
    }

    public record Mapping(Framework framework, String reference, @Nullable String note) {
    }

    public record Technique(String id, String name) {
    }

    /** The list filters of GET /controls; every one optional. */
    public record ControlFilter(@Nullable Framework framework, @Nullable String technique, @Nullable ControlDomain domain) {
        boolean matches(ControlDetails details) {
            if (domain != null && details.control().domain() != domain) {
                return false;
            }
            if (framework != null && details.mappings().stream().noneMatch(m -> m.framework() == framework)) {
                return false;
            }
            // A technique also matches its sub-techniques: T1550 finds controls for T1550.001.
            return technique == null || details.techniques().stream()
                    .anyMatch(t -> t.techniqueId().equals(technique) || t.techniqueId().startsWith(technique + "."));
        }
    }

    /** The catalogue is small (tens of controls), so it is read whole and filtered here. */
    @Transactional
    public List<ControlDetails> list(ControlFilter filter) {
        Map<String, List<ControlMapping>> mappings = controls.findAllMappings().stream()
                .collect(Collectors.groupingBy(ControlMapping::controlCode));
        Map<String, List<ControlTechnique>> techniques = controls.findAllTechniques().stream()
                .collect(Collectors.groupingBy(ControlTechnique::controlCode));
        return controls.findAllOrderByCode().stream()
                .map(c -> new ControlDetails(c, mappings.getOrDefault(c.code(), List.of()), techniques.getOrDefault(c.code(), List.of())))
                .filter(filter::matches)
                .toList();
    }

    @Transactional
    public ControlDetails get(String code) {
        return details(controls.findById(code).orElseThrow(() -> new NotFoundException("Control", code)));
    }

    @Transactional
    public ControlDetails create(@Nullable String requestedCode, ControlInput input) {
        validateLists(input);
        String code = requestedCode == null ? nextGeneratedCode() : requestedCode;
        if (controls.existsById(code)) {
            throw new ConflictException("A control with code '" + code + "' already exists.");
        }
        rejectDuplicateName(null, input.name().trim());
        Instant now = Values.now(clock);
        Control saved = controls.save(new Control(code, input.name().trim(), input.description().trim(), input.domain(),
                input.baseWeight(), Values.blankToNull(input.mitigationNote()), false, 0, now, now));
        insertLists(code, input);
        events.publishEvent(new ControlChanged(code));
        ControlDetails created = details(saved);
        audit.record("control.create", "control", code, null, created);
        return created;
    }

    @Transactional
    public ControlDetails update(String code, long expectedVersion, @Nullable String ifMatch, ControlInput input) {
        Control current = controls.findById(code).orElseThrow(() -> new NotFoundException("Control", code));
        if (current.builtin()) {
            throw new ConflictException("Control " + code + " is part of the built-in catalogue and cannot be changed; "
                    + "add a custom control instead.");
        }
        if (ifMatch != null && !ETags.matches(ifMatch, current.version())) {
            throw new PreconditionFailedException("Control " + code + " has changed since it was read (current ETag "
                    + ETags.of(current.version()) + ").");
        }
        if (current.version() != expectedVersion) {
            throw ConflictException.staleVersion("Control", code, current.version());
        }
        validateLists(input);
        rejectDuplicateName(code, input.name().trim());
        int changed = controls.updateDetails(code, expectedVersion, input.name().trim(), input.description().trim(),
                input.domain().name(), input.baseWeight(), Values.blankToNull(input.mitigationNote()), Values.now(clock));
        if (changed == 0) {
            throw ConflictException.staleVersion("Control", code, expectedVersion);
        }
        ControlDetails before = details(current);
        controls.deleteMappings(code);
        controls.deleteTechniques(code);
        insertLists(code, input);
        events.publishEvent(new ControlChanged(code));
        ControlDetails after = get(code);
        audit.record("control.update", "control", code, before, after);
        return after;
    }

    private ControlDetails details(Control control) {
        return new ControlDetails(control, controls.findMappingsOf(control.code()), controls.findTechniquesOf(control.code()));
    }

    private void insertLists(String code, ControlInput input) {
        input.mappings().forEach(m -> controls.insertMapping(code, m.framework().name(), m.reference().trim(), Values.blankToNull(m.note())));
        input.techniques().forEach(t -> controls.insertTechnique(code, t.id(), t.name().trim()));
    }

    /** The next free X-NNN; a concurrent create that picks the same code fails on the primary key (409). */
    private String nextGeneratedCode() {
        int highest = 0;
        for (String code : controls.findCustomCodes()) {
            Matcher m = GENERATED_CODE.matcher(code);
            if (m.matches() && m.group(1).length() <= 9) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return String.format("X-%03d", highest + 1);
    }

    private static void validateLists(ControlInput input) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < input.mappings().size(); i++) {
            Mapping m = input.mappings().get(i);
            Integer first = seen.putIfAbsent(m.framework() + " " + m.reference().trim(), i);
            if (first != null) {
                errors.add(new FieldError("mappings[" + i + "]", m.framework() + " " + m.reference().trim()
                        + " is already listed at [" + first + "]"));
            }
        }
        seen.clear();
        for (int i = 0; i < input.techniques().size(); i++) {
            Integer first = seen.putIfAbsent(input.techniques().get(i).id(), i);
            if (first != null) {
                errors.add(new FieldError("techniques[" + i + "].id", input.techniques().get(i).id()
                        + " is already listed at [" + first + "]"));
            }
        }
        if (input.name().isBlank()) {
            errors.add(new FieldError("name", "must not be blank"));
        }
        if (input.description().isBlank()) {
            errors.add(new FieldError("description", "must not be blank"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void rejectDuplicateName(@Nullable String code, String name) {
        controls.findCodeByName(name).filter(other -> !other.equals(code)).ifPresent(other -> {
            throw new ConflictException("A control named '" + name + "' already exists (" + other + ").");
        });
    }
}
