package io.tollgate.assessment;

import io.micronaut.core.annotation.Nullable;
import io.tollgate.api.model.IncidentStatus;
import io.tollgate.common.ConflictException;
import io.tollgate.common.InvalidInputException;
import io.tollgate.common.NotFoundException;
import io.tollgate.common.Values;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Issue #5's one-click follow-up: a questionnaire asking only about the controls an incident exploits, sent to every
 * vendor the incident exposes that has no open follow-up for it yet.
 */
@Singleton
public class IncidentFollowUpService {
    private final AssessmentRepository assessments;
    private final AssessmentService assessmentService;
    private final IncidentService incidents;
    private final IncidentImpactService impact;
    private final FollowUpTemplates templates;
    private final VendorRepository vendors;
    private final Clock clock;

    public IncidentFollowUpService(AssessmentRepository assessments, AssessmentService assessmentService, IncidentService incidents,
                                   IncidentImpactService impact, FollowUpTemplates templates, VendorRepository vendors, Clock clock) {
        this.assessments = assessments;
        this.assessmentService = assessmentService;
        this.incidents = incidents;
        this.impact = impact;
        this.templates = templates;
        this.vendors = vendors;
        this.clock = clock;
    }

    public enum SkipReason { NO_CONTACT_EMAIL, OPEN_FOLLOW_UP, NOT_EXPOSED }

    public record Sent(long vendorId, String vendorName, AssessmentService.Invitation invitation) {
    }

    public record Skipped(long vendorId, @Nullable String vendorName, SkipReason reason, String detail, @Nullable Long assessmentId) {
    }

    public record Result(long incidentId, Questionnaire template, List<Sent> sent, List<Skipped> skipped) {
    }

    @Transactional
    public Result followUp(long incidentId, LocalDate dueDate, @Nullable List<Long> vendorIds, String actor) {
        // Serialises follow-ups of one incident: the "already has an open follow-up" check and the inserts cannot interleave.
        assessments.lockIncident(incidentId).orElseThrow(() -> new NotFoundException("Incident", incidentId));
        IncidentDetails details = incidents.get(incidentId);
        if (details.incident().status() == IncidentStatus.ARCHIVED) {
            throw new ConflictException("Incident " + incidentId + " is ARCHIVED; follow-ups are sent for ACTIVE or FADING incidents.");
        }
        if (dueDate.isBefore(LocalDate.ofInstant(Values.now(clock), ZoneOffset.UTC))) {
            throw new InvalidInputException("dueDate", "must not be in the past");
        }
        List<String> exploited = List.copyOf(details.exploitedControls().keySet());
        if (exploited.isEmpty()) {
            throw new ConflictException("Incident " + incidentId + " names no exploited controls, so there is nothing to ask about.");
        }
        Map<Long, String> exposed = impact.impact(incidentId).vendors().stream()
                .collect(Collectors.toMap(IncidentImpactService.ExposedVendor::vendorId, IncidentImpactService.ExposedVendor::name,
                        (a, b) -> a, LinkedHashMap::new));
        Map<Long, Long> open = assessments.findOpenFollowUps(incidentId).stream()
                .collect(Collectors.toMap(Assessment::vendorId, Assessment::id, (a, b) -> a));
        List<Long> targets = vendorIds == null ? List.copyOf(exposed.keySet()) : List.copyOf(new LinkedHashSet<>(vendorIds));

        Questionnaire template = null;
        List<Sent> sent = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (long vendorId : targets) {
            Optional<Vendor> vendor = vendors.findById(vendorId);
            String name = vendor.map(Vendor::name).orElse(null);
            if (!exposed.containsKey(vendorId)) {
                skipped.add(new Skipped(vendorId, name, SkipReason.NOT_EXPOSED,
                        vendor.isEmpty() ? "There is no vendor with this id." : "The incident does not expose this vendor.", null));
            } else if (open.containsKey(vendorId)) {
                skipped.add(new Skipped(vendorId, name, SkipReason.OPEN_FOLLOW_UP,
                        "A follow-up for this incident is still open (assessment " + open.get(vendorId) + ").", open.get(vendorId)));
            } else if (vendor.map(Vendor::securityContact).filter(c -> !c.isBlank()).isEmpty()) {
                skipped.add(new Skipped(vendorId, name, SkipReason.NO_CONTACT_EMAIL,
                        "The vendor has no security contact email; add one on the vendor page.", null));
            } else {
                if (template == null) {
                    template = templates.forControls(details.incident().name(), exploited);
                }
                AssessmentService.Invitation invitation = assessmentService.create(vendorId, template.template().id(), dueDate,
                        vendor.get().securityContact(), false, actor, incidentId);
                sent.add(new Sent(vendorId, name, invitation));
            }
        }
        if (template == null) {
            template = templates.forControls(details.incident().name(), exploited);
        }
        return new Result(incidentId, template, sent, skipped);
    }
}
