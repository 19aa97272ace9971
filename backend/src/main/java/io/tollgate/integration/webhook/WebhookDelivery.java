package io.tollgate.integration.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One event sent to one subscription (migration V20); {@link WebhookDeliveryRepository.Row} adds event and target. */
@MappedEntity("webhook_delivery")
public record WebhookDelivery(@Id @GeneratedValue Long id,
                              long subscriptionId,
                              long eventId,
                              String status,
                              int attempts,
                              @Nullable Instant nextAttemptAt,
                              @Nullable Integer lastStatusCode,
                              @Nullable String lastError,
                              @Nullable String lockedBy,
                              @Nullable Instant lockedUntil,
                              Instant createdAt,
                              Instant updatedAt,
                              @Nullable Instant deliveredAt) {
}
