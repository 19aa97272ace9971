package io.tollgate.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Map;

/** One row of the audit trail; inserted only. */
@MappedEntity("audit_event")
public record AuditEvent(@Id @GeneratedValue Long id,
                         Instant occurredAt,
                         ActorType actorType,
                         @Nullable String actorId,
                         @Nullable String actorName,
                         String action,
                         String resourceType,
                         @Nullable String resourceId,
                         Outcome outcome,
                         @Nullable @MappedProperty("before_state") @TypeDef(type = DataType.JSON) Map<String, Object> before,
                         @Nullable @MappedProperty("after_state") @TypeDef(type = DataType.JSON) Map<String, Object> after,
                         @Nullable String requestId,
                         @Nullable String clientIp) {

    public enum ActorType { USER, PORTAL, API_TOKEN, SYSTEM, ANONYMOUS }

    public enum Outcome { SUCCESS, DENIED }
}
