package io.tollgate.assessment;

import io.tollgate.audit.AuditLog;
import io.tollgate.integration.webhook.WebhookEvents;
import java.util.LinkedHashMap;
import java.util.Map;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.tollgate.api.model.AssessmentStatus;
import io.tollgate.api.model.FieldError;
import io.tollgate.api.model.QuestionType;
import io.tollgate.common.ConflictException;
import io.tollgate.common.DomainException;
import io.tollgate.common.InvalidInputException;
import io.tollgate.common.NotFoundException;
import io.tollgate.common.Values;
import io.tollgate.questionnaire.QuestionDefinition;
import io.tollgate.questionnaire.QuestionnaireService;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.tollgate.api.model.AssessmentStatus.CHANGES_REQUESTED;
import static io.tollgate.api.model.AssessmentStatus.DRAFT;
import static io.tollgate.api.model.AssessmentStatus.EXPIRED;
import static io.tollgate.api.model.AssessmentStatus.IN_PROGRESS;
import static io.tollgate.api.model.AssessmentStatus.SENT;
import static io.tollgate.api.model.AssessmentStatus.SUBMITTED;

/**
 * The vendor's side of an assessment. Every method takes the assessment id that the invitation token
 * resolved to (see {@code io.tollgate.portal.PortalTokenValidator}); nothing here accepts one from a request.
 */
@Singleton
public class PortalService {
    public static final long MAX_EVIDENCE_BYTES = 20L * 1024 * 1024;
    private static final int CHUNK_BYTES = 1024 * 1024;
    static final Set<AssessmentStatus> EDITABLE = EnumSet.of(SENT, IN_PROGRESS, CHANGES_REQUESTED);

    private final AssessmentRepository assessments;
    private final EvidenceRepository evidence;
    private final AssessmentService assessmentService;
    private final QuestionnaireService questionnaires;
    private final JsonMapper json;
    private final WebhookEvents webhookEvents;
    private final Clock clock;
    private final AuditLog audit;

    public PortalService(AssessmentRepository assessments, EvidenceRepository evidence, AssessmentService assessmentService,
                         QuestionnaireService questionnaires, JsonMapper json, WebhookEvents webhookEvents, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.assessments = assessments;
        this.evidence = evidence;
        this.assessmentService = assessmentService;
        this.questionnaires = questionnaires;
        this.json = json;
        this.webhookEvents = webhookEvents;
        this.clock = clock;
    }

    /**
     * The assessment a token opens, if the token is known, not revoked, not expired, and the assessment was sent.
     * One statement, so no transaction: it would add three round trips and a commit to every portal request.
     */
    public Optional<Long> assessmentForToken(String token) {
        return assessments.findByTokenHash(PortalTokens.hash(token))
                .filter(a -> a.tokenRevokedAt() == null)
                .filter(a -> a.tokenExpiresAt().isAfter(clock.instant()))
                .filter(a -> a.status() != DRAFT && a.status() != EXPIRED)
                .map(Assessment::id);
    }

    @Transactional
    public AssessmentSnapshot view(long assessmentId) {
        return assessmentService.get(assessmentId);
    }

    public record AnswerInput(@Nullable String value, List<String> values, @Nullable String compensatingControl,
                              @Nullable LocalDate remediationDate, long version) {
    }

    /**
     * READ COMMITTED: when a concurrent save of the same version wins, this one's UPDATE waits for it, matches no row,
     * and the 409 must then carry the winner's answer. Under REPEATABLE READ the re-read would still see the snapshot
     * taken at this transaction's first read, i.e. the answer both saves started from.
     */
    @io.micronaut.transaction.annotation.Transactional(isolation = io.micronaut.transaction.TransactionDefinition.Isolation.READ_COMMITTED)
    public SavedAnswer saveAnswer(long assessmentId, long questionId, AnswerInput input) {
        Assessment assessment = editable(assessmentId);
        QuestionDefinition question = questionnaires.get(assessment.templateId()).question(questionId)
                .orElseThrow(() -> new NotFoundException("Question", questionId));
        validate(question, input);
        String value = input.value() == null || input.value().isBlank() ? null : input.value().trim();
        String values = input.values().isEmpty() ? null : write(input.values());
        Instant now = Values.now(clock);
        AnswerRow before = assessments.findAnswer(assessmentId, questionId).orElse(null);
        int changed = assessments.saveAnswer(assessmentId, questionId, input.version(), value, values,
                Values.blankToNull(input.compensatingControl()), input.remediationDate(), now);
        if (changed == 0) {
            AssessmentSnapshot current = assessmentService.snapshot(assessment);
            throw new StaleAnswerException(AssessmentViews.answer(current, question));
        }
        if (assessment.status() != IN_PROGRESS) {
            assessments.updateStatus(assessmentId, assessment.version(), IN_PROGRESS.name(), assessment.changesRequested(),
                    null, null, null, now);
        }
        // Read back rather than built here: the stored row is what later reads show (times at the column's precision).
        AnswerRow saved = assessments.findAnswer(assessmentId, questionId).orElseThrow();
        audit.record("portal.answer.save", "assessment-answer", assessmentId + "/" + questionId, before, saved);
        // Never a file question (validate refuses those), so no evidence to look up.
        return new SavedAnswer(question, saved, assessmentService.answerValue(saved, false));
    }

    /**
     * What the autosave answers with: the question and its saved answer. Whether an answer counts as answered, and
     * its policy warning, depend on that answer alone, so a save reads neither the other answers nor the evidence.
     */
    public record SavedAnswer(QuestionDefinition question, AnswerRow row, AnswerValue value) {
    }

    @Transactional
    public AssessmentEvidence upload(long assessmentId, @Nullable Long questionId, String originalName, byte[] content) {
        editable(assessmentId);
        if (content.length > MAX_EVIDENCE_BYTES) {
            throw new PayloadTooLarge();
        }
        if (content.length == 0) {
            throw new InvalidInputException("file", "is empty");
        }
        if (questionId != null) {
            Assessment assessment = assessments.findById(assessmentId).orElseThrow();
            QuestionDefinition question = assessmentService.snapshot(assessment).questionnaire().question(questionId)
                    .orElseThrow(() -> new NotFoundException("Question", questionId));
            if (question.type() != QuestionType.FILE) {
                throw new InvalidInputException("questionId", "question " + question.key() + " is not a file question");
            }
        }
        EvidenceType type = EvidenceType.detect(content).orElseThrow(UnsupportedEvidenceType::new);
        String safeName = safeFileName(originalName, type);
        AssessmentEvidence saved = evidence.save(new AssessmentEvidence(null, assessmentId, questionId, safeName,
                type.contentType(safeName), content.length, sha256(content), Values.now(clock)));
        for (int offset = 0, seq = 0; offset < content.length; offset += CHUNK_BYTES, seq++) {
            evidence.insertChunk(saved.id(), seq, java.util.Arrays.copyOfRange(content, offset, Math.min(content.length, offset + CHUNK_BYTES)));
        }
        audit.record("portal.evidence.upload", "evidence", saved.id(), null, saved);
        return saved;
    }

    @Transactional
    public AssessmentSnapshot submit(long assessmentId) {
        Assessment assessment = editable(assessmentId);
        AssessmentSnapshot snapshot = assessmentService.snapshot(assessment);
        List<QuestionDefinition> missing = snapshot.evaluation().missingRequired();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing.stream().limit(100)
                    .map(q -> new FieldError("questions." + q.key(), "required: " + abbreviate(q.text()))).toList());
        }
        Instant now = Values.now(clock);
        int changed = assessments.updateStatus(assessmentId, assessment.version(), SUBMITTED.name(), assessment.changesRequested(),
                null, now, null, now);
        if (changed == 0) {
            throw new ConflictException("The assessment changed while it was being submitted. Reload and submit again.");
        }
        audit.record("portal.submit", "assessment", assessmentId, assessment, assessments.findById(assessmentId).orElseThrow());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("assessmentId", assessmentId);
        event.put("vendorId", assessment.vendorId());
        event.put("templateId", assessment.templateId());
        event.put("submittedAt", now.toString());
        webhookEvents.raise(WebhookEvents.ASSESSMENT_SUBMITTED, event);
        return assessmentService.get(assessmentId);
    }

    /** Keeps letters, digits, dots, dashes and underscores of the last path segment; no leading dots; a known extension. */
    static String safeFileName(@Nullable String original, EvidenceType type) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        name = name.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("\\.{2,}", ".").replaceAll("^[._-]+", "");
        if (name.length() > 150) {
            name = name.substring(name.length() - 150);
        }
        if (name.isBlank()) {
            name = "evidence";
        }
        if (type.defaultExtension() != null && !name.toLowerCase(java.util.Locale.ROOT).endsWith(type.defaultExtension())
                && !(type == EvidenceType.JPEG && name.toLowerCase(java.util.Locale.ROOT).endsWith(".jpeg"))) {
            name = name + type.defaultExtension();
        }
        return name;
    }

    private Assessment editable(long assessmentId) {
        Assessment assessment = assessments.findById(assessmentId).orElseThrow(() -> new NotFoundException("Assessment", assessmentId));
        if (!EDITABLE.contains(assessment.status())) {
            throw new ConflictException("The assessment is " + assessment.status() + " and cannot be changed now.");
        }
        return assessment;
    }

    /** Whether an answer fits its question; refuses with 422 field errors. */
    static void validate(QuestionDefinition q, AnswerInput input) {
        String value = input.value() == null ? null : input.value().trim();
        boolean hasValue = value != null && !value.isEmpty();
        if (q.type() == QuestionType.FILE) {
            throw new InvalidInputException("value", "answer a file question by uploading evidence for it");
        }
        if (q.type() != QuestionType.MULTI_CHOICE && !input.values().isEmpty()) {
            throw new InvalidInputException("values", "only MULTI_CHOICE questions take several values; send value");
        }
        if (q.type() == QuestionType.MULTI_CHOICE) {
            if (hasValue) {
                throw new InvalidInputException("value", "a MULTI_CHOICE question takes values, not value");
            }
            List<String> unknown = input.values().stream().filter(v -> !q.allowedTokens().contains(v)).toList();
            if (!unknown.isEmpty()) {
                throw new InvalidInputException("values", "unknown options " + unknown + "; expected some of " + q.allowedTokens());
            }
            return;
        }
        if (!hasValue) {
            return;
        }
        switch (q.type()) {
            case YES_NO_PARTIAL_NA, SINGLE_CHOICE -> {
                if (!q.allowedTokens().contains(value)) {
                    throw new InvalidInputException("value", "expected one of " + q.allowedTokens());
                }
            }
            case NUMBER -> {
                try {
                    new BigDecimal(value);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("value", "expected a number");
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("value", "expected a date as yyyy-mm-dd");
                }
            }
            default -> {
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static class PayloadTooLarge extends DomainException {
        PayloadTooLarge() {
            super(413, "Evidence files can be at most 20 MB.");
        }
    }

    static class UnsupportedEvidenceType extends DomainException {
        UnsupportedEvidenceType() {
            super(415, "The file's content is not an accepted type: PDF, PNG, JPEG, XLSX/DOCX or plain text/CSV.");
        }
    }
}
