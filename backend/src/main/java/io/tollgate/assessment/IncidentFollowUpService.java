package io.tollgate.assessment;

import io.micronaut.core.annotation.Nullable;
import io.tollgate.api.model.IncidentStatus;
import io.tollgate.api.model.VendorStatus;
import io.tollgate.common.ConflictException;
import io.tollgate.common.InvalidInputException;
import io.tollgate.common.NotFoundException;
import io.tollgate.common.Values;
import io.tollgate.control.VendorControlStatusService;
import io.tollgate.incident.IncidentDetails;
import io.tollgate.incident.IncidentService;
import io.tollgate.questionnaire.FollowUpTemplates;
import io.tollgate.questionnaire.Questionnaire;
import io.tollgate.risk.IncidentImpactService;
import io.tollgate.vendor.Vendor;
import io.tollgate.vendor.VendorRepository;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The follow-up for a live campaign, targeted: each vendor is asked only about the controls that break a step of the
 * campaign's chain and that it has not evidenced as met, and the analyst chooses the recipients among the vendors the
 * incident exposes (by default those that hold data, are not the campaign's platform, and are not prospects).
 */
@Singleton
public class IncidentFollowUpService {
    private final AssessmentRepository assessments;
    private final AssessmentService assessmentService;
    private final IncidentService incidents;
    private final IncidentImpactService impact;
    private final VendorControlStatusService controls;
    private final FollowUpTemplates templates;
    private final VendorRepository vendors;
    private final Clock clock;

    public IncidentFollowUpService(AssessmentRepository assessments, AssessmentService assessmentService,
                                   IncidentService incidents, IncidentImpactService impact,
                                   VendorControlStatusService controls, FollowUpTemplates templates,
                                   VendorRepository vendors, Clock clock) {
        this.assessments = assessments;
        this.assessmentService = assessmentService;
        this.incidents = incidents;
        this.impact = impact;
        this.controls = controls;
        this.templates = templates;
        this.vendors = vendors;
        this.clock = clock;
    }

    public enum SkipReason { NO_CONTACT_EMAIL, OPEN_FOLLOW_UP, NOT_EXPOSED, ALL_EVIDENCED, PLATFORM, NO_DATA, PROSPECT }

    /** An exposed vendor: chosen by default or not (and why), and the controls it would be asked about. */
    public record Recipient(long vendorId, String vendorName, boolean selected, @Nullable SkipReason reason,
                            List<String> controlCodes) {
    }

    public record Preview(long incidentId, List<String> controlCodes, List<Recipient> recipients) {
    }

    public record Sent(long vendorId, String vendorName, Questionnaire template, List<String> controlCodes,
                       AssessmentService.Invitation invitation) {
    }

    public record Skipped(long vendorId, @Nullable String vendorName, SkipReason reason, String detail, @Nullable Long assessmentId) {
    }

    public record Result(long incidentId, List<String> controlCodes, List<Sent> sent, List<Skipped> skipped) {
    }

    /** Who the follow-up would go to by default, and what each exposed vendor would be asked. */
    @Transactional
    public Preview preview(long incidentId) {
        IncidentDetails details = incidents.get(incidentId);
        List<String> breakers = List.copyOf(details.exploitedControls().keySet());
        Set<Long> platforms = new java.util.HashSet<>();
        details.platforms().stream().map(IncidentDetails.Platform::vendorId).filter(Objects::nonNull).forEach(platforms::add);
        List<IncidentImpactService.ExposedVendor> exposed = impact.impact(incidentId).vendors();
        LocalDate today = today();
        Map<Long, Set<String>> evidenced = controls.evidencedMet(exposed.stream().map(IncidentImpactService.ExposedVendor::vendorId)
                .toList(), today);
        Map<Long, Long> open = openFollowUps(incidentId);
        List<Recipient> recipients = new ArrayList<>();
        for (IncidentImpactService.ExposedVendor v : exposed) {
            Vendor vendor = vendors.findById(v.vendorId()).orElse(null);
            if (vendor == null) {
                continue;
            }
            List<String> asked = breakers.stream().filter(c -> !evidenced.getOrDefault(v.vendorId(), Set.of()).contains(c)).toList();
            SkipReason reason = platforms.contains(v.vendorId()) ? SkipReason.PLATFORM
                    : v.records() == 0 ? SkipReason.NO_DATA
                    : vendor.status() == VendorStatus.PROSPECT ? SkipReason.PROSPECT
                    : cannotSend(vendor, asked, open);
            recipients.add(new Recipient(v.vendorId(), v.name(), reason == null, reason, asked));
        }
        return new Preview(incidentId, breakers, recipients);
    }

    @Transactional
    public Result followUp(long incidentId, LocalDate dueDate, @Nullable List<Long> vendorIds, String actor) {
        // Serialises follow-ups of one incident: the "already has an open follow-up" check and the inserts cannot interleave.
        assessments.lockIncident(incidentId).orElseThrow(() -> new NotFoundException("Incident", incidentId));
        IncidentDetails details = incidents.get(incidentId);
        if (details.incident().status() == IncidentStatus.ARCHIVED) {
            throw new ConflictException("Incident " + incidentId + " is ARCHIVED; follow-ups are sent for ACTIVE or FADING incidents.");
        }
        if (dueDate.isBefore(today())) {
            throw new InvalidInputException("dueDate", "must not be in the past");
        }
        Preview preview = preview(incidentId);
        if (preview.controlCodes().isEmpty()) {
            throw new ConflictException("Incident " + incidentId + " has no attack-chain step with a control that breaks it, "
                    + "so there is nothing to ask about.");
        }
        Map<Long, Recipient> exposed = new LinkedHashMap<>();
        preview.recipients().forEach(r -> exposed.put(r.vendorId(), r));
        List<Long> targets = vendorIds != null ? List.copyOf(new LinkedHashSet<>(vendorIds))
                : preview.recipients().stream().filter(Recipient::selected).map(Recipient::vendorId).toList();
        Map<Long, Long> open = openFollowUps(incidentId);
        Map<Set<String>, Questionnaire> bySet = new HashMap<>();
        List<Sent> sent = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (long vendorId : targets) {
            Recipient r = exposed.get(vendorId);
            Vendor vendor = vendors.findById(vendorId).orElse(null);
            String name = vendor == null ? null : vendor.name();
            SkipReason reason = r == null ? SkipReason.NOT_EXPOSED : cannotSend(vendor, r.controlCodes(), open);
            if (reason != null) {
                skipped.add(new Skipped(vendorId, name, reason, detail(reason, vendor), reason == SkipReason.OPEN_FOLLOW_UP
                        ? open.get(vendorId) : null));
                continue;
            }
            Questionnaire template = bySet.computeIfAbsent(new TreeSet<>(r.controlCodes()), codes ->
                    templates.forControls(details.incident().name() + " (" + String.join(", ", codes) + ")", codes));
            AssessmentService.Invitation invitation = assessmentService.create(vendorId, template.template().id(), dueDate,
                    vendor.securityContact(), false, actor, incidentId);
            sent.add(new Sent(vendorId, name, template, r.controlCodes(), invitation));
        }
        return new Result(incidentId, preview.controlCodes(), sent, skipped);
    }

    /** Why a vendor cannot be sent a follow-up at all, or null when it can. */
    @Nullable
    private static SkipReason cannotSend(@Nullable Vendor vendor, List<String> asked, Map<Long, Long> open) {
        if (vendor == null) {
            return SkipReason.NOT_EXPOSED;
        }
        if (open.containsKey(vendor.id())) {
            return SkipReason.OPEN_FOLLOW_UP;
        }
        if (vendor.securityContact() == null || vendor.securityContact().isBlank()) {
            return SkipReason.NO_CONTACT_EMAIL;
        }
        return asked.isEmpty() ? SkipReason.ALL_EVIDENCED : null;
    }

    private static String detail(SkipReason reason, @Nullable Vendor vendor) {
        return switch (reason) {
            case NOT_EXPOSED -> vendor == null ? "There is no vendor with this id." : "The incident does not expose this vendor.";
            case OPEN_FOLLOW_UP -> "A follow-up for this incident is still open.";
            case NO_CONTACT_EMAIL -> "The vendor has no security contact email; add one on the vendor page.";
            case ALL_EVIDENCED -> "The vendor has evidenced every control that breaks the campaign's chain.";
            case PLATFORM -> "The vendor is the campaign's platform.";
            case NO_DATA -> "The vendor holds none of our data.";
            case PROSPECT -> "The vendor is a prospect.";
        };
    }

    private Map<Long, Long> openFollowUps(long incidentId) {
        Map<Long, Long> open = new HashMap<>();
        assessments.findOpenFollowUps(incidentId).forEach(a -> open.putIfAbsent(a.vendorId(), a.id()));
        return open;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Values.now(clock), ZoneOffset.UTC);
    }
}
