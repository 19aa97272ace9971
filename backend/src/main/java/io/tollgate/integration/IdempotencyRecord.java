package io.tollgate.integration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One Idempotency-Key use (migration V19); responseStatus is null while the first request still runs. */
@MappedEntity("idempotency_key")
public record IdempotencyRecord(@Id @GeneratedValue Long id,
                                String keyHash,
                                String requestHash,
                                @Nullable Integer responseStatus,
                                @Nullable String responseHeaders,
                                @Nullable byte[] responseBody,
                                Instant createdAt,
                                Instant expiresAt) {
}
