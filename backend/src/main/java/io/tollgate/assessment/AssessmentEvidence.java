package io.tollgate.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An evidence file's metadata; its bytes are in assessment_evidence_chunk. */
@MappedEntity("assessment_evidence")
public record AssessmentEvidence(@Id @GeneratedValue Long id,
                                 long assessmentId,
                                 @Nullable Long questionId,
                                 String fileName,
                                 String contentType,
                                 long sizeBytes,
                                 String sha256,
                                 Instant uploadedAt) {
}
