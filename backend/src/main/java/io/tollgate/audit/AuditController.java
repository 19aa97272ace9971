package io.tollgate.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.tollgate.api.AuditApi;
import io.tollgate.api.model.AuditActorType;
import io.tollgate.api.model.AuditEventPage;
import io.tollgate.api.model.AuditOutcome;
import io.tollgate.security.Role;
import jakarta.persistence.criteria.Predicate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The audit trail, read-only, for administrators. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController implements AuditApi {
    private final AuditEventRepository events;

    public AuditController(AuditEventRepository events) {
        this.events = events;
    }

    @Override
    @Secured(Role.ADMIN_NAME)
    public AuditEventPage listAuditEvents(Integer page, Integer size, @Nullable String actor, @Nullable String action,
                                          @Nullable String resourceType, @Nullable String resourceId, @Nullable AuditOutcome outcome,
                                          @Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {
        PredicateSpecification<AuditEvent> filter = (root, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (actor != null) {
                predicates.add(cb.equal(root.get("actorName"), actor));
            }
            if (action != null) {
                predicates.add(cb.equal(root.get("action"), action));
            }
            if (resourceType != null) {
                predicates.add(cb.equal(root.get("resourceType"), resourceType));
            }
            if (resourceId != null) {
                predicates.add(cb.equal(root.get("resourceId"), resourceId));
            }
            if (outcome != null) {
                predicates.add(cb.equal(root.get("outcome"), AuditEvent.Outcome.valueOf(outcome.name())));
            }
            if (from != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from.toInstant()));
            }
            if (to != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"), to.toInstant()));
            }
            // No predicate at all: an empty AND would render as a bare "WHERE".
            return predicates.isEmpty() ? null : cb.and(predicates.toArray(new Predicate[0]));
        };
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? 20 : size;
        Page<AuditEvent> result = events.findAll(filter, Pageable.from(pageNumber, pageSize, Sort.of(Sort.Order.desc("id"))));
        return new AuditEventPage(result.getContent().stream().map(AuditController::view).toList(), pageNumber, pageSize,
                result.getTotalSize(), result.getTotalPages());
    }

    private static io.tollgate.api.model.AuditEvent view(AuditEvent e) {
        return new io.tollgate.api.model.AuditEvent(e.id(), e.occurredAt().atOffset(ZoneOffset.UTC),
                AuditActorType.valueOf(e.actorType().name()), e.action(), e.resourceType(), AuditOutcome.valueOf(e.outcome().name()))
                .actorName(e.actorName())
                .resourceId(e.resourceId())
                .before(e.before())
                .after(e.after())
                .requestId(e.requestId())
                .clientIp(e.clientIp());
    }
}
