package io.tollgate.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AssessmentRepository extends CrudRepository<Assessment, Long> {

    Optional<Assessment> findByTokenHash(String tokenHash);

    @Query(value = """
            SELECT * FROM assessment WHERE (:vendorId IS NULL OR vendor_id = :vendorId) AND (:status IS NULL OR status = :status)
             ORDER BY created_at DESC, id DESC""",
            countQuery = """
            SELECT COUNT(*) FROM assessment WHERE (:vendorId IS NULL OR vendor_id = :vendorId) AND (:status IS NULL OR status = :status)""")
    Page<Assessment> search(@Nullable Long vendorId, @Nullable String status, Pageable pageable);

    /** Moves the assessment to {@code status} only if it is still at {@code version}; returns rows changed (0 = stale). */
    @Query("""
            UPDATE assessment SET status = :status, changes_requested = :changesRequested, sent_at = COALESCE(sent_at, :sentAt),
                   submitted_at = COALESCE(:submittedAt, submitted_at), completed_at = COALESCE(:completedAt, completed_at),
                   updated_at = :now, version = version + 1
             WHERE id = :id AND version = :version""")
    int updateStatus(long id, long version, String status, @Nullable String changesRequested, @Nullable Instant sentAt,
                     @Nullable Instant submittedAt, @Nullable Instant completedAt, Instant now);

    @Query("UPDATE assessment SET token_revoked_at = :now, updated_at = :now, version = version + 1 WHERE id = :id AND token_revoked_at IS NULL")
    int revokeToken(long id, Instant now);

    @Query("""
            UPDATE assessment SET token_hash = :tokenHash, token_expires_at = :expiresAt, token_revoked_at = NULL,
                   updated_at = :now, version = version + 1
             WHERE id = :id""")
    int replaceToken(long id, String tokenHash, Instant expiresAt, Instant now);

    /** Follow-ups of an incident that are still open (neither completed nor expired). */
    @Query("SELECT * FROM assessment WHERE incident_id = :incidentId AND status NOT IN ('COMPLETED', 'EXPIRED') ORDER BY id")
    List<Assessment> findOpenFollowUps(long incidentId);

    /** Locks the incident's row, so two follow-ups for one incident run one after the other. */
    @Query("SELECT id FROM incident WHERE id = :incidentId FOR UPDATE")
    Optional<Long> lockIncident(long incidentId);

    @Query("""
            INSERT INTO assessment_answer (assessment_id, question_id, version)
            SELECT :assessmentId, id, 0 FROM questionnaire_question WHERE template_id = :templateId""")
    void createAnswers(long assessmentId, long templateId);

    @Query("SELECT * FROM assessment_answer WHERE assessment_id = :assessmentId")
    List<AnswerRow> findAnswers(long assessmentId);

    @Query("SELECT * FROM assessment_answer WHERE assessment_id = :assessmentId AND question_id = :questionId")
    Optional<AnswerRow> findAnswer(long assessmentId, long questionId);

    /** Saves an answer only if {@code version} is still current; a changed answer goes back to review. */
    @Query("""
            UPDATE assessment_answer SET answer_value = :value, answer_values = :answerValues, compensating_control = :compensatingControl,
                   remediation_date = :remediationDate, answered_at = :now, version = version + 1,
                   review_status = 'PENDING', reviewed_by = NULL, reviewed_at = NULL
             WHERE assessment_id = :assessmentId AND question_id = :questionId AND version = :version""")
    int saveAnswer(long assessmentId, long questionId, long version, @Nullable String value, @Nullable String answerValues,
                   @Nullable String compensatingControl, @Nullable LocalDate remediationDate, Instant now);

    @Query("""
            UPDATE assessment_answer SET review_status = :reviewStatus, review_comment = :comment, reviewed_by = :reviewedBy, reviewed_at = :now
             WHERE assessment_id = :assessmentId AND question_id = :questionId""")
    int reviewAnswer(long assessmentId, long questionId, String reviewStatus, @Nullable String comment, String reviewedBy, Instant now);

    @Query("SELECT * FROM assessment_control_override WHERE assessment_id = :assessmentId ORDER BY control_code")
    List<ControlOverrideRow> findOverrides(long assessmentId);

    @Query("""
            INSERT INTO assessment_control_override (assessment_id, control_code, status, evidence_quality, reason, overridden_by, overridden_at)
            VALUES (:assessmentId, :controlCode, :status, :evidenceQuality, :reason, :overriddenBy, :now)
            ON DUPLICATE KEY UPDATE status = VALUES(status), evidence_quality = VALUES(evidence_quality), reason = VALUES(reason),
                   overridden_by = VALUES(overridden_by), overridden_at = VALUES(overridden_at)""")
    void upsertOverride(long assessmentId, String controlCode, String status, @Nullable String evidenceQuality, String reason,
                        String overriddenBy, Instant now);

    @Query("SELECT name FROM vendor WHERE id = :vendorId")
    Optional<String> findVendorName(long vendorId);

    @Query("SELECT name FROM questionnaire_template WHERE id = :templateId")
    Optional<String> findTemplateName(long templateId);
}
