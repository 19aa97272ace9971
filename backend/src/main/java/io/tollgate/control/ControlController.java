package io.tollgate.control;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.tollgate.api.ControlsApi;
import io.tollgate.api.model.AttackTechnique;
import io.tollgate.api.model.ControlCreate;
import io.tollgate.api.model.ControlDomain;
import io.tollgate.api.model.ControlUpdate;
import io.tollgate.api.model.Framework;
import io.tollgate.api.model.FrameworkMapping;
import io.tollgate.common.ETags;
import io.tollgate.security.Role;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class ControlController implements ControlsApi {
    private final ControlService controls;

    public ControlController(ControlService controls) {
        this.controls = controls;
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public List<io.tollgate.api.model.Control> listControls(Framework framework, String technique, ControlDomain domain) {
        return controls.list(new ControlService.ControlFilter(framework, technique, domain)).stream()
                .map(ControlController::toApi).toList();
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public HttpResponse<io.tollgate.api.model.Control> getControl(String controlId) {
        ControlDetails details = controls.get(controlId);
        return HttpResponse.ok(toApi(details)).header("ETag", ETags.of(details.control().version()));
    }

    @Override
    @Secured({Role.ADMIN_NAME})
    public HttpResponse<io.tollgate.api.model.Control> createControl(ControlCreate body, String idempotencyKey) {
        ControlDetails created = controls.create(body.getCode(), new ControlService.ControlInput(body.getName(),
                body.getDescription(), body.getDomain(), body.getBaseWeight(), body.getMitigationNote(),
                mappings(body.getMappings()), techniques(body.getTechniques())));
        return HttpResponse.created(toApi(created), URI.create("/api/v1/controls/" + created.control().code()))
                .header("ETag", ETags.of(created.control().version()));
    }

    @Override
    @Secured({Role.ADMIN_NAME})
    public HttpResponse<io.tollgate.api.model.Control> updateControl(String controlId, ControlUpdate body, String ifMatch) {
        ControlDetails updated = controls.update(controlId, body.getVersion(), ifMatch, new ControlService.ControlInput(
                body.getName(), body.getDescription(), body.getDomain(), body.getBaseWeight(), body.getMitigationNote(),
                mappings(body.getMappings()), techniques(body.getTechniques())));
        return HttpResponse.ok(toApi(updated)).header("ETag", ETags.of(updated.control().version()));
    }

    private static List<ControlService.Mapping> mappings(List<FrameworkMapping> mappings) {
        return mappings == null ? List.of() : mappings.stream()
                .map(m -> new ControlService.Mapping(m.getFramework(), m.getReference(), m.getNote())).toList();
    }

    private static List<ControlService.Technique> techniques(List<AttackTechnique> techniques) {
        return techniques == null ? List.of() : techniques.stream()
                .map(t -> new ControlService.Technique(t.getId(), t.getName())).toList();
    }

    static io.tollgate.api.model.Control toApi(ControlDetails details) {
        Control c = details.control();
        return new io.tollgate.api.model.Control(c.code(), c.name(), c.description(), c.domain(), c.baseWeight(), c.builtin(),
                details.mappings().stream().map(m -> new FrameworkMapping(m.framework(), m.reference()).note(m.note())).toList(),
                details.techniques().stream().map(t -> new AttackTechnique(t.techniqueId(), t.name())).toList(),
                c.version(), c.createdAt().atOffset(ZoneOffset.UTC), c.updatedAt().atOffset(ZoneOffset.UTC))
                .mitigationNote(c.mitigationNote());
    }
}
