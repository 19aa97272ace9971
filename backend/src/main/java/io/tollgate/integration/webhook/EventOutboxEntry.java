package io.tollgate.integration.webhook;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An event as raised, with the exact JSON body its deliveries send (migration V20). */
@MappedEntity("event_outbox")
public record EventOutboxEntry(@Id @GeneratedValue Long id,
                               String eventUid,
                               String eventType,
                               String payload,
                               Instant createdAt) {
}
