package io.tollgate.incident;

import io.micronaut.data.model.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.tollgate.api.IncidentsApi;
import io.tollgate.api.model.AttackTechnique;
import io.tollgate.api.model.AttributionConfidence;
import io.tollgate.api.model.ExploitedControl;
import io.tollgate.api.model.IncidentAttribution;
import io.tollgate.api.model.IncidentStep;
import io.tollgate.api.model.PlatformRole;
import io.tollgate.api.model.StepControl;
import io.tollgate.api.model.IncidentCreate;
import io.tollgate.api.model.IncidentPage;
import io.tollgate.api.model.IncidentSeverity;
import io.tollgate.api.model.IncidentSort;
import io.tollgate.api.model.IncidentSource;
import io.tollgate.api.model.IncidentStatus;
import io.tollgate.api.model.IncidentUpdate;
import io.tollgate.api.model.TargetedPlatform;
import io.tollgate.common.ETags;
import io.tollgate.security.Role;

import java.math.BigDecimal;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class IncidentController implements IncidentsApi {
    private final IncidentService incidents;

    public IncidentController(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public IncidentPage listIncidents(Integer page, Integer size, IncidentStatus status, IncidentSeverity severity, IncidentSort sort) {
        Page<IncidentDetails> result = incidents.list(new IncidentFilter(status, severity), page, size, sort);
        return new IncidentPage(result.getContent().stream().map(IncidentController::toApi).toList(),
                page, size, result.getTotalSize(), result.getTotalPages());
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public HttpResponse<io.tollgate.api.model.Incident> createIncident(IncidentCreate body, String idempotencyKey) {
        IncidentDetails created = incidents.create(new IncidentService.IncidentInput(body.getName(), body.getSlug(),
                body.getThreatActor(), body.getFirstSeen(), body.getLastSeen(), body.getPublishedOn(), body.getSummary(),
                body.getSeverity(), body.getStatus(), sources(body.getSources()), platforms(body.getPlatforms()),
                orEmpty(body.getVendorCategories()), techniques(body.getTechniques()),
                steps(body.getSteps()), attributions(body.getAttributions()), orEmpty(body.getDataCategories())));
        return HttpResponse.created(toApi(created), URI.create("/api/v1/incidents/" + created.incident().id()))
                .header("ETag", ETags.of(created.incident().version()));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public HttpResponse<io.tollgate.api.model.Incident> getIncident(Long incidentId) {
        IncidentDetails details = incidents.get(incidentId);
        return HttpResponse.ok(toApi(details)).header("ETag", ETags.of(details.incident().version()));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public HttpResponse<io.tollgate.api.model.Incident> updateIncident(Long incidentId, IncidentUpdate body, String ifMatch) {
        IncidentDetails updated = incidents.update(incidentId, body.getVersion(), ifMatch, new IncidentService.IncidentInput(
                body.getName(), body.getSlug(), body.getThreatActor(), body.getFirstSeen(), body.getLastSeen(),
                body.getPublishedOn(), body.getSummary(), body.getSeverity(), body.getStatus(), sources(body.getSources()),
                platforms(body.getPlatforms()), orEmpty(body.getVendorCategories()), techniques(body.getTechniques()),
                steps(body.getSteps()), attributions(body.getAttributions()), orEmpty(body.getDataCategories())));
        return HttpResponse.ok(toApi(updated)).header("ETag", ETags.of(updated.incident().version()));
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }

    private static List<IncidentDetails.Source> sources(List<IncidentSource> sources) {
        return sources == null ? List.of() : sources.stream()
                .map(s -> new IncidentDetails.Source(0, s.getTitle(), s.getUrl(), s.getPublisher(), s.getPublishedOn())).toList();
    }

    private static List<IncidentDetails.Platform> platforms(List<TargetedPlatform> platforms) {
        return platforms == null ? List.of() : platforms.stream()
                .map(p -> new IncidentDetails.Platform(0, p.getName(), p.getVendorId(),
                        p.getRole() == null ? IncidentDetails.ABUSED : p.getRole().getValue())).toList();
    }

    private static List<IncidentDetails.Technique> techniques(List<AttackTechnique> techniques) {
        return techniques == null ? List.of() : techniques.stream()
                .map(t -> new IncidentDetails.Technique(0, t.getId(), t.getName())).toList();
    }

    private static List<IncidentDetails.Step> steps(List<IncidentStep> steps) {
        return steps == null ? List.of() : steps.stream()
                .map(s -> new IncidentDetails.Step(s.getName(), s.getSourceUrl(), List.copyOf(s.getTechniques()),
                        s.getControls().stream().map(c -> new IncidentDetails.StepControl(c.getControlCode(), null,
                                BigDecimal.valueOf(c.getStrength()))).toList()))
                .toList();
    }

    private static List<IncidentDetails.Attribution> attributions(List<IncidentAttribution> attributions) {
        return attributions == null ? List.of() : attributions.stream()
                .map(a -> new IncidentDetails.Attribution(0, a.getActor(), a.getConfidence().getValue(), a.getStatedBy(),
                        a.getSourceUrl()))
                .toList();
    }

    static io.tollgate.api.model.Incident toApi(IncidentDetails details) {
        Incident i = details.incident();
        return new io.tollgate.api.model.Incident(i.id(), i.slug(), i.name(), i.summary(), i.severity(), i.status(),
                details.sources().stream().map(s -> new IncidentSource(s.title(), s.url())
                        .publisher(s.publisher()).publishedOn(s.publishedOn())).toList(),
                details.platforms().stream().map(p -> new TargetedPlatform(p.name()).vendorId(p.vendorId())
                        .role(PlatformRole.fromValue(p.role()))).toList(),
                new LinkedHashSet<>(details.vendorCategories()),
                details.techniques().stream().map(t -> new AttackTechnique(t.techniqueId(), t.name())).toList(),
                details.steps().stream().map(st -> new IncidentStep(st.name(), new LinkedHashSet<>(st.techniques()),
                        st.controls().stream().map(c -> new StepControl(c.controlCode(), c.strength().doubleValue())
                                .controlName(c.controlName())).toList()).sourceUrl(st.sourceUrl())).toList(),
                details.attributions().stream().map(a -> new IncidentAttribution(a.actor(),
                        AttributionConfidence.fromValue(a.confidence()), a.statedBy()).sourceUrl(a.sourceUrl())).toList(),
                details.exploitedControls().values().stream().map(c -> new ExploitedControl(c.controlCode(),
                        c.strength().doubleValue()).controlName(c.controlName())).toList(),
                new LinkedHashSet<>(details.dataCategories()),
                i.version(), i.createdAt().atOffset(ZoneOffset.UTC), i.updatedAt().atOffset(ZoneOffset.UTC))
                .threatActor(i.threatActor())
                .firstSeen(i.firstSeen())
                .lastSeen(i.lastSeen())
                .publishedOn(i.publishedOn());
    }
}
