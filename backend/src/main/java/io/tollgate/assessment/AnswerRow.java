package io.tollgate.assessment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** One stored answer; version 0 means never answered. {@code answerValues} is a JSON array (MULTI_CHOICE). */
@Introspected
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
