package io.tollgate.integration.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A URL subscribed to events (migrations V20, V25); its event types are rows of webhook_subscription_event. {@code secret}
 * is the stored form of the signing secret, encrypted by {@link WebhookSecrets}.
 */
@MappedEntity("webhook_subscription")
public record WebhookSubscription(@Id @GeneratedValue Long id,
                                  String url,
                                  @Nullable String description,
                                  String secret,
                                  BigDecimal minScoreDelta,
                                  boolean active,
                                  long version,
                                  Instant createdAt,
                                  Instant updatedAt) {
}
