package io.tollgate.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.tollgate.api.model.AssessmentStatus;

import java.time.Instant;
import java.time.LocalDate;

/** An assessment as stored. {@code tokenHash} is the SHA-256 of the invitation token; the token itself is never kept.
 * {@code incidentId} is set on follow-ups sent because of an incident. */
@MappedEntity("assessment")
public record Assessment(@Id @GeneratedValue Long id,
                         long vendorId,
                         long templateId,
                         AssessmentStatus status,
                         LocalDate dueDate,
                         String respondentEmail,
                         String tokenHash,
                         Instant tokenExpiresAt,
                         @Nullable Instant tokenRevokedAt,
                         @Nullable String changesRequested,
                         @Nullable Instant sentAt,
                         @Nullable Instant submittedAt,
                         @Nullable Instant completedAt,
                         String createdBy,
                         long version,
                         Instant createdAt,
                         Instant updatedAt,
                         @Nullable Long incidentId) {
}
