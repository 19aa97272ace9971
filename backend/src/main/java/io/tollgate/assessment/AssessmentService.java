package io.tollgate.assessment;

import io.tollgate.audit.AuditLog;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.json.JsonMapper;
import io.tollgate.api.model.AssessmentStatus;
import io.tollgate.api.model.ControlStatusValue;
import io.tollgate.api.model.EvidenceQuality;
import io.tollgate.api.model.FieldError;
import io.tollgate.api.model.ReviewStatus;
import io.tollgate.api.model.TemplateStatus;
import io.tollgate.common.ConflictException;
import io.tollgate.common.InvalidInputException;
import io.tollgate.common.NotFoundException;
import io.tollgate.common.Values;
import io.tollgate.control.ControlRepository;
import io.tollgate.control.ControlResult;
import io.tollgate.control.VendorControlStatus;
import io.tollgate.control.VendorControlStatusService;
import io.tollgate.questionnaire.QuestionDefinition;
import io.tollgate.questionnaire.Questionnaire;
import io.tollgate.questionnaire.QuestionnaireService;
import io.tollgate.vendor.VendorRepository;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.tollgate.api.model.AssessmentStatus.CHANGES_REQUESTED;
import static io.tollgate.api.model.AssessmentStatus.COMPLETED;
import static io.tollgate.api.model.AssessmentStatus.DRAFT;
import static io.tollgate.api.model.AssessmentStatus.EXPIRED;
import static io.tollgate.api.model.AssessmentStatus.IN_PROGRESS;
import static io.tollgate.api.model.AssessmentStatus.SENT;
import static io.tollgate.api.model.AssessmentStatus.SUBMITTED;
import static io.tollgate.api.model.AssessmentStatus.UNDER_REVIEW;

@Singleton
public class AssessmentService {
    /** The moves analysts may make, by target status: from which statuses. */
    private static final Map<AssessmentStatus, Set<AssessmentStatus>> ANALYST_MOVES = Map.of(
            SENT, EnumSet.of(DRAFT),
            UNDER_REVIEW, EnumSet.of(SUBMITTED),
            CHANGES_REQUESTED, EnumSet.of(SUBMITTED, UNDER_REVIEW),
            COMPLETED, EnumSet.of(SUBMITTED, UNDER_REVIEW),
            EXPIRED, EnumSet.of(DRAFT, SENT, IN_PROGRESS, CHANGES_REQUESTED));
    static final Set<AssessmentStatus> REVIEWABLE = EnumSet.of(SUBMITTED, UNDER_REVIEW);

    private final AssessmentRepository assessments;
    private final EvidenceRepository evidence;
    private final QuestionnaireService questionnaires;
    private final VendorRepository vendors;
    private final ControlRepository controls;
    private final VendorControlStatusService vendorControls;
    private final JsonMapper json;
    private final Clock clock;
    private final int tokenValidityDays;
    private final AuditLog audit;

    public AssessmentService(AssessmentRepository assessments, EvidenceRepository evidence, QuestionnaireService questionnaires,
                             VendorRepository vendors, ControlRepository controls, VendorControlStatusService vendorControls,
                             JsonMapper json, Clock clock,
                             @Value("${tollgate.portal.token-validity-days:30}") int tokenValidityDays, AuditLog audit) {
        this.audit = audit;
        this.assessments = assessments;
        this.evidence = evidence;
        this.questionnaires = questionnaires;
        this.vendors = vendors;
        this.controls = controls;
        this.vendorControls = vendorControls;
        this.json = json;
        this.clock = clock;
        this.tokenValidityDays = tokenValidityDays;
    }

    /** A created assessment and its invitation token, which exists only in this value. */
    public record Invitation(Assessment assessment, String token) {
    }

    @Transactional
    public Invitation create(long vendorId, long templateId, LocalDate dueDate, String respondentEmail, boolean draft, String actor) {
        return create(vendorId, templateId, dueDate, respondentEmail, draft, actor, null);
    }

    /** Creates an assessment; {@code incidentId} marks a follow-up sent because of that incident. */
    @Transactional
    public Invitation create(long vendorId, long templateId, LocalDate dueDate, String respondentEmail, boolean draft, String actor,
                             @Nullable Long incidentId) {
        List<FieldError> errors = new ArrayList<>();
        if (vendors.findById(vendorId).isEmpty()) {
            errors.add(new FieldError("vendorId", "no vendor with id " + vendorId));
        }
        Questionnaire questionnaire = null;
        try {
            questionnaire = questionnaires.get(templateId);
        } catch (NotFoundException e) {
            errors.add(new FieldError("templateId", "no questionnaire template with id " + templateId));
        }
        if (questionnaire != null && questionnaire.template().status() != TemplateStatus.PUBLISHED) {
            errors.add(new FieldError("templateId", "template " + templateId + " is " + questionnaire.template().status()
                    + "; only PUBLISHED templates can be sent"));
        }
        Instant now = Values.now(clock);
        if (dueDate.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            errors.add(new FieldError("dueDate", "must not be in the past"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String token = PortalTokens.generate();
        Assessment saved = assessments.save(new Assessment(null, vendorId, templateId, draft ? DRAFT : SENT, dueDate,
                respondentEmail.trim(), PortalTokens.hash(token), tokenExpiry(dueDate), null, null, draft ? null : now, null, null,
                actor, 0, now, now, incidentId));
        assessments.createAnswers(saved.id(), templateId);
        audit.record("assessment.create", "assessment", saved.id(), null, saved);
        return new Invitation(saved, token);
    }

    @Transactional
    public Page<Assessment> list(@Nullable Long vendorId, @Nullable AssessmentStatus status, int page, int size) {
        return assessments.search(vendorId, status == null ? null : status.name(), Pageable.from(page, size));
    }

    /** Vendor and template names for a page of assessments. */
    @Transactional
    public Map<Long, String> vendorNames(List<Assessment> page) {
        return page.stream().map(Assessment::vendorId).distinct()
                .collect(Collectors.toMap(Function.identity(), id -> assessments.findVendorName(id).orElse("")));
    }

    @Transactional
    public Map<Long, String> templateNames(List<Assessment> page) {
        return page.stream().map(Assessment::templateId).distinct()
                .collect(Collectors.toMap(Function.identity(), id -> assessments.findTemplateName(id).orElse("")));
    }

    @Transactional
    public AssessmentSnapshot get(long id) {
        Assessment assessment = assessments.findById(id).orElseThrow(() -> new NotFoundException("Assessment", id));
        return snapshot(assessment);
    }

    /** Reads everything a view needs; used by the portal too, which passes the token's own assessment. */
    @Transactional
    public AssessmentSnapshot snapshot(Assessment assessment) {
        Questionnaire questionnaire = questionnaires.get(assessment.templateId());
        Map<Long, AnswerRow> answers = assessments.findAnswers(assessment.id()).stream()
                .collect(Collectors.toMap(AnswerRow::questionId, Function.identity()));
        List<AssessmentEvidence> files = evidence.findByAssessmentIdOrderById(assessment.id());
        String vendorName = assessments.findVendorName(assessment.vendorId()).orElse("");
        return evaluated(assessment, vendorName, questionnaire, answers, files, assessments.findOverrides(assessment.id()));
    }

    private AssessmentSnapshot evaluated(Assessment assessment, String vendorName, Questionnaire questionnaire,
                                         Map<Long, AnswerRow> answers, List<AssessmentEvidence> files,
                                         List<ControlOverrideRow> overrides) {
        Set<Long> withEvidence = files.stream().map(AssessmentEvidence::questionId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, AnswerValue> values = new HashMap<>();
        for (QuestionDefinition q : questionnaire.questions()) {
            values.put(q.id(), answerValue(answers.get(q.id()), withEvidence.contains(q.id())));
        }
        return new AssessmentSnapshot(assessment, vendorName, questionnaire, answers, files, overrides,
                new AnswerEvaluation(questionnaire, values));
    }

    /** A stored answer in the rules' terms; a file question is answered by its evidence, not by its row. */
    AnswerValue answerValue(@Nullable AnswerRow row, boolean evidenceProvided) {
        return new AnswerValue(row == null ? null : row.answerValue(), row == null ? List.of() : strings(row.answerValues()),
                evidenceProvided);
    }

    /**
     * How to complete: the controls whose override the analyst keeps over this assessment's answer, and whether to
     * complete although answers are unreviewed or clarifications pending (with the reason, which is audited).
     */
    public record Completion(Set<String> keepOverrides, boolean force, @Nullable String reason) {
        public static final Completion PLAIN = new Completion(Set.of(), false, null);
    }

    @Transactional
    public AssessmentSnapshot changeStatus(long id, AssessmentStatus target, long expectedVersion, @Nullable String comment,
                                           String actor) {
        return changeStatus(id, target, expectedVersion, comment, Completion.PLAIN, actor);
    }

    @Transactional
    public AssessmentSnapshot changeStatus(long id, AssessmentStatus target, long expectedVersion, @Nullable String comment,
                                           Completion completion, String actor) {
        Assessment current = assessments.findById(id).orElseThrow(() -> new NotFoundException("Assessment", id));
        if (current.version() != expectedVersion) {
            throw ConflictException.staleVersion("Assessment", id, current.version());
        }
        Set<AssessmentStatus> from = ANALYST_MOVES.get(target);
        if (from == null || !from.contains(current.status())) {
            throw new ConflictException("An assessment in status " + current.status() + " cannot be moved to " + target
                    + (from == null ? " by an analyst." : "; that is possible only from " + from + "."));
        }
        if (target == CHANGES_REQUESTED && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("comment", "say what the vendor should change");
        }
        Instant now = Values.now(clock);
        List<ControlResult> results = null;
        Blockers blockers = null;
        if (target == COMPLETED) {
            AssessmentSnapshot snapshot = snapshot(current);
            blockers = blockers(snapshot);
            if (!blockers.none() && !(completion.force() && completion.reason() != null && !completion.reason().isBlank())) {
                throw new ConflictException("Assessment " + id + " cannot be completed yet: " + blockers.describe()
                        + ". Review them first, or complete with \"force\": true and a reason.");
            }
            results = results(snapshot);
            rejectUnknownKeeps(current.vendorId(), results, completion.keepOverrides(), LocalDate.ofInstant(now, ZoneOffset.UTC));
        }
        int changed = assessments.updateStatus(id, expectedVersion, target.name(),
                target == CHANGES_REQUESTED ? comment.trim() : current.changesRequested(),
                target == SENT ? now : null, null, target == COMPLETED ? now : null, now);
        if (changed == 0) {
            throw ConflictException.staleVersion("Assessment", id, expectedVersion);
        }
        // Even with no mapped control answered, the vendor is now assessed: its score's confidence changes.
        if (results != null) {
            vendorControls.applyAssessmentResults(current.vendorId(), id, results, completion.keepOverrides(),
                    LocalDate.ofInstant(now, ZoneOffset.UTC), actor);
        }
        if (blockers != null && !blockers.none()) {
            audit.record("assessment.complete.forced", "assessment", id, null, Map.of("reason", completion.reason().trim(),
                    "unreviewedQuestions", blockers.unreviewed(), "pendingClarifications", blockers.pendingClarifications()));
        }
        audit.record("assessment.status." + target.name().toLowerCase(java.util.Locale.ROOT), "assessment", id, current,
                assessments.findById(id).orElseThrow());
        return get(id);
    }

    /** Answered questions nobody reviewed, and questions whose clarification is still pending, by key. */
    public record Blockers(List<String> unreviewed, List<String> pendingClarifications) {
        boolean none() {
            return unreviewed.isEmpty() && pendingClarifications.isEmpty();
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (!unreviewed.isEmpty()) {
                parts.add(unreviewed.size() + (unreviewed.size() == 1 ? " answer is" : " answers are") + " not reviewed ("
                        + String.join(", ", unreviewed) + ")");
            }
            if (!pendingClarifications.isEmpty()) {
                parts.add(pendingClarifications.size() + (pendingClarifications.size() == 1 ? " clarification is" : " clarifications are")
                        + " pending (" + String.join(", ", pendingClarifications) + ")");
            }
            return String.join(" and ", parts);
        }
    }

    static Blockers blockers(AssessmentSnapshot snapshot) {
        List<String> unreviewed = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (QuestionDefinition q : snapshot.questionnaire().questions()) {
            if (!snapshot.evaluation().isVisible(q)) {
                continue;
            }
            AnswerRow row = snapshot.answer(q);
            String review = row == null ? ReviewStatus.PENDING.name() : row.reviewStatus();
            if (ReviewStatus.CLARIFICATION_REQUESTED.name().equals(review)) {
                pending.add(q.key());
            } else if (ReviewStatus.PENDING.name().equals(review) && snapshot.evaluation().answer(q).answered(q.type())) {
                unreviewed.add(q.key());
            }
        }
        return new Blockers(unreviewed, pending);
    }

    /** A kept override must be one that holds today on a control this assessment answers. */
    private void rejectUnknownKeeps(long vendorId, List<ControlResult> results, Set<String> keep, LocalDate today) {
        if (keep.isEmpty()) {
            return;
        }
        Set<String> answered = results.stream().map(ControlResult::controlCode).collect(Collectors.toSet());
        Set<String> overridden = vendorControls.list(vendorId).stream()
                .filter(vc -> vc.recorded() != null && vc.recorded().effective(today) != null
                        && VendorControlStatus.OVERRIDE.equals(vc.recorded().effective(today).source()))
                .map(vc -> vc.control().code()).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        List<String> sorted = keep.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            String code = sorted.get(i);
            if (!answered.contains(code) || !overridden.contains(code)) {
                errors.add(new FieldError("keepOverrides[" + i + "]", "control " + code
                        + (answered.contains(code) ? " has no override in force" : " is not answered by this assessment")));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** One control of the completion preview. */
    public record PreviewControl(String controlCode, String controlName, @Nullable VendorControlStatus.Observation current,
                                 ControlStatusValue assessedStatus, EvidenceQuality assessedEvidence, boolean conflict,
                                 VendorControlStatus.Observation recorded) {
    }

    public record CompletionPreview(long assessmentId, Blockers blockers, List<PreviewControl> controls) {
    }

    /** What completing would record per control, with the default decision (take the answer), and what blocks it. */
    @Transactional
    public CompletionPreview completionPreview(long id) {
        Assessment assessment = assessments.findById(id).orElseThrow(() -> new NotFoundException("Assessment", id));
        if (!REVIEWABLE.contains(assessment.status())) {
            throw new ConflictException("Assessment " + id + " is " + assessment.status()
                    + "; only a submitted assessment or one under review can be completed.");
        }
        AssessmentSnapshot snapshot = snapshot(assessment);
        LocalDate today = LocalDate.ofInstant(Values.now(clock), ZoneOffset.UTC);
        Map<String, VendorControlStatusService.VendorControl> now = vendorControls.list(assessment.vendorId()).stream()
                .collect(Collectors.toMap(vc -> vc.control().code(), Function.identity()));
        List<PreviewControl> controls = new ArrayList<>();
        for (ControlResult r : results(snapshot)) {
            VendorControlStatusService.VendorControl vc = now.get(r.controlCode());
            VendorControlStatus.Observation current = vc == null || vc.recorded() == null ? null : vc.recorded().effective(today);
            boolean conflict = current != null && VendorControlStatus.OVERRIDE.equals(current.source())
                    && (!current.status().equals(r.status()) || !java.util.Objects.equals(current.evidence(), r.evidence()));
            String evidence = ControlStatusValue.valueOf(r.status()) == ControlStatusValue.MET
                    || ControlStatusValue.valueOf(r.status()) == ControlStatusValue.PARTIAL ? r.evidence() : null;
            VendorControlStatus.Observation recorded = new VendorControlStatus.Observation(r.status(), evidence,
                    VendorControlStatus.ASSESSMENT, id, today, today.plus(VendorControlStatusService.ANSWER_VALIDITY), null, null);
            controls.add(new PreviewControl(r.controlCode(), vc == null ? r.controlCode() : vc.control().name(), current,
                    ControlStatusValue.valueOf(r.status()), EvidenceQuality.valueOf(r.evidence()), conflict, recorded));
        }
        return new CompletionPreview(id, blockers(snapshot), controls);
    }

    /** What completing the assessment records for the vendor: decided controls only (UNKNOWN would erase history). */
    static List<ControlResult> results(AssessmentSnapshot snapshot) {
        return controlResults(snapshot).stream()
                .filter(r -> r.status() != null)
                .map(r -> new ControlResult(r.controlCode(), r.status().name(), r.evidence().name()))
                .toList();
    }

    /** A control's status for this assessment: the analyst's override if there is one, else the answers'. */
    public record AssessedControl(String controlCode, @Nullable ControlStatusValue status, EvidenceQuality evidence,
                                  boolean overridden, List<String> questionKeys) {
    }

    public static List<AssessedControl> controlResults(AssessmentSnapshot snapshot) {
        Map<String, ControlOverrideRow> overrides = snapshot.overrides().stream()
                .collect(Collectors.toMap(ControlOverrideRow::controlCode, Function.identity()));
        List<AssessedControl> results = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (AnswerEvaluation.ControlOutcome o : snapshot.evaluation().controlOutcomes()) {
            seen.add(o.controlCode());
            ControlOverrideRow override = overrides.get(o.controlCode());
            results.add(override == null
                    ? new AssessedControl(o.controlCode(), o.status(), o.evidence(), false, o.questionKeys())
                    : new AssessedControl(o.controlCode(), ControlStatusValue.valueOf(override.status()),
                    override.evidenceQuality() == null ? o.evidence() : EvidenceQuality.valueOf(override.evidenceQuality()),
                    true, o.questionKeys()));
        }
        for (ControlOverrideRow override : snapshot.overrides()) {
            if (seen.add(override.controlCode())) {
                results.add(new AssessedControl(override.controlCode(), ControlStatusValue.valueOf(override.status()),
                        override.evidenceQuality() == null ? EvidenceQuality.SELF_ATTESTED : EvidenceQuality.valueOf(override.evidenceQuality()),
                        true, List.of()));
            }
        }
        results.sort(java.util.Comparator.comparing(AssessedControl::controlCode));
        return results;
    }

    @Transactional
    public void revokeToken(long id) {
        Assessment before = assessments.findById(id).orElseThrow(() -> new NotFoundException("Assessment", id));
        assessments.revokeToken(id, Values.now(clock));
        audit.record("assessment.token.revoke", "assessment", id, before, assessments.findById(id).orElseThrow());
    }

    /**
     * Replaces the invitation token (the old one stops working at once, a revoked link works again with the new
     * token). Refused for closed assessments, whose portal is of no use any more.
     */
    @Transactional
    public Invitation reissueToken(long id) {
        Assessment current = assessments.findById(id).orElseThrow(() -> new NotFoundException("Assessment", id));
        if (current.status() == COMPLETED || current.status() == EXPIRED) {
            throw new ConflictException("Assessment " + id + " is " + current.status() + "; its portal link cannot be reissued.");
        }
        String token = PortalTokens.generate();
        assessments.replaceToken(id, PortalTokens.hash(token), tokenExpiry(current.dueDate()), Values.now(clock));
        Assessment after = assessments.findById(id).orElseThrow();
        audit.record("assessment.token.reissue", "assessment", id, current, after);
        return new Invitation(after, token);
    }

    private Instant tokenExpiry(LocalDate dueDate) {
        return dueDate.plusDays(tokenValidityDays + 1L).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    @Transactional
    public AssessmentSnapshot review(long id, long questionId, ReviewStatus decision, @Nullable String comment, String actor) {
        Assessment current = reviewable(id);
        Questionnaire questionnaire = questionnaires.get(current.templateId());
        questionnaire.question(questionId).orElseThrow(() -> new NotFoundException("Question of assessment " + id, questionId));
        if (decision == ReviewStatus.CLARIFICATION_REQUESTED && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("comment", "say what the vendor should clarify");
        }
        if (decision == ReviewStatus.PENDING) {
            throw new InvalidInputException("decision", "must be ACCEPTED or CLARIFICATION_REQUESTED");
        }
        Instant now = Values.now(clock);
        assessments.reviewAnswer(id, questionId, decision.name(), comment == null || comment.isBlank() ? null : comment.trim(), actor, now);
        startReview(current, now);
        audit.record("assessment.answer.review", "assessment", id, null,
                java.util.Map.of("questionId", questionId, "decision", decision.name(), "comment", comment == null ? "" : comment));
        return get(id);
    }

    @Transactional
    public AssessmentSnapshot override(long id, String controlCode, ControlStatusValue status, @Nullable EvidenceQuality evidenceQuality,
                                       String reason, String actor) {
        Assessment current = reviewable(id);
        if (controls.findExistingCodes(List.of(controlCode)).isEmpty()) {
            throw new NotFoundException("Control", controlCode);
        }
        if (reason.isBlank()) {
            throw new InvalidInputException("reason", "must not be blank");
        }
        Instant now = Values.now(clock);
        assessments.upsertOverride(id, controlCode, status.name(), evidenceQuality == null ? null : evidenceQuality.name(),
                reason.trim(), actor, now);
        startReview(current, now);
        audit.record("assessment.control.override", "assessment", id, null, java.util.Map.of("controlCode", controlCode,
                "status", status.name(), "evidenceQuality", evidenceQuality == null ? "" : evidenceQuality.name(), "reason", reason.trim()));
        return get(id);
    }

    @Transactional
    public EvidenceFile download(long assessmentId, long evidenceId) {
        AssessmentEvidence file = evidence.findByIdAndAssessmentId(evidenceId, assessmentId)
                .orElseThrow(() -> new NotFoundException("Evidence", evidenceId));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream((int) file.sizeBytes());
        evidence.findChunks(evidenceId).forEach(c -> out.writeBytes(c.data()));
        return new EvidenceFile(file, out.toByteArray());
    }

    public record EvidenceFile(AssessmentEvidence metadata, byte[] content) {
    }

    private Assessment reviewable(long id) {
        Assessment current = assessments.findById(id).orElseThrow(() -> new NotFoundException("Assessment", id));
        if (!REVIEWABLE.contains(current.status())) {
            throw new ConflictException("Assessment " + id + " is " + current.status() + "; answers are reviewed once it is submitted.");
        }
        return current;
    }

    private void startReview(Assessment current, Instant now) {
        if (current.status() == SUBMITTED) {
            assessments.updateStatus(current.id(), current.version(), UNDER_REVIEW.name(), current.changesRequested(), null, null, null, now);
        }
    }

    List<String> strings(@Nullable String jsonArray) {
        if (jsonArray == null) {
            return List.of();
        }
        try {
            return json.readValue(jsonArray, Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
