package io.tollgate.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** One stored answer; version 0 means never answered. {@code answerValues} is a JSON array (MULTI_CHOICE). */
/* Mapped as an entity so its mapping model is cached, not rebuilt per query (see io.tollgate.vendor.VendorLink). */
@MappedEntity
public record AnswerRow(long assessmentId,
                        long questionId,
                        @Nullable String answerValue,
                        @Nullable String answerValues,
                        @Nullable String compensatingControl,
                        @Nullable LocalDate remediationDate,
                        long version,
                        @Nullable Instant answeredAt,
                        String reviewStatus,
                        @Nullable String reviewComment,
                        @Nullable String reviewedBy) {
}
