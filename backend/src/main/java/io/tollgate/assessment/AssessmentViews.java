package io.tollgate.assessment;

import io.micronaut.core.annotation.Nullable;
import io.tollgate.api.model.Answer;
import io.tollgate.api.model.AssessmentDetail;
import io.tollgate.api.model.ControlOverride;
import io.tollgate.api.model.ControlResultSource;
import io.tollgate.api.model.ControlStatus;
import io.tollgate.api.model.ControlStatusValue;
import io.tollgate.api.model.Evidence;
import io.tollgate.api.model.EvidenceQuality;
import io.tollgate.api.model.PortalAssessment;
import io.tollgate.api.model.PortalQuestion;
import io.tollgate.api.model.PortalSection;
import io.tollgate.api.model.PolicyWarning;
import io.tollgate.api.model.Progress;
import io.tollgate.api.model.QuestionCondition;
import io.tollgate.api.model.QuestionOption;
import io.tollgate.api.model.ReviewStatus;
import io.tollgate.questionnaire.QuestionDefinition;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Maps assessment snapshots to the contract's models, for analysts and for the portal. */
public final class AssessmentViews {
    private AssessmentViews() {
    }

    public static io.tollgate.api.model.Assessment summary(Assessment a, String vendorName, String templateName) {
        return new io.tollgate.api.model.Assessment(a.id(), a.vendorId(), vendorName, a.templateId(), templateName, a.status(),
                a.dueDate(), a.respondentEmail(), utc(a.tokenExpiresAt()), a.tokenRevokedAt() != null, a.version(),
                utc(a.createdAt()), utc(a.updatedAt()))
                .sentAt(utc(a.sentAt())).submittedAt(utc(a.submittedAt())).completedAt(utc(a.completedAt())).createdBy(a.createdBy());
    }

    public static AssessmentDetail detail(AssessmentSnapshot s) {
        Assessment a = s.assessment();
        List<io.tollgate.api.model.ControlResult> results = AssessmentService.controlResults(s).stream()
                .map(r -> new io.tollgate.api.model.ControlResult(r.controlCode(),
                        r.status() == null ? ControlStatus.UNKNOWN : ControlStatus.valueOf(r.status().name()), r.evidence(),
                        r.overridden() ? ControlResultSource.OVERRIDE : ControlResultSource.ANSWERS, r.questionKeys()))
                .toList();
        return new AssessmentDetail(a.id(), a.vendorId(), s.vendorName(), a.templateId(), s.questionnaire().template().name(),
                a.status(), a.dueDate(), a.respondentEmail(), utc(a.tokenExpiresAt()), a.tokenRevokedAt() != null, a.version(),
                utc(a.createdAt()), utc(a.updatedAt()), progress(s), answers(s), evidence(s), overrides(s), results)
                .sentAt(utc(a.sentAt())).submittedAt(utc(a.submittedAt())).completedAt(utc(a.completedAt())).createdBy(a.createdBy());
    }

    public static PortalAssessment portal(AssessmentSnapshot s) {
        Assessment a = s.assessment();
        List<PortalSection> sections = s.questionnaire().sections().stream()
                .map(section -> new PortalSection(section.title(), section.questions().stream().map(AssessmentViews::portalQuestion).toList())
                        .description(section.description()))
                .toList();
        return new PortalAssessment(s.vendorName(), s.questionnaire().template().name(), a.status(), a.dueDate(),
                PortalService.EDITABLE.contains(a.status()), progress(s), sections, answers(s), evidence(s))
                .changesRequested(a.status() == io.tollgate.api.model.AssessmentStatus.CHANGES_REQUESTED ? a.changesRequested() : null);
    }

    static PortalQuestion portalQuestion(QuestionDefinition q) {
        return new PortalQuestion(q.id(), q.key(), q.text(), q.type(), q.required(),
                q.options().stream().map(o -> new QuestionOption(o.value(), o.label())).toList())
                .helpText(q.helpText())
                .showWhen(q.showWhen() == null ? null : new QuestionCondition(q.showWhen().questionKey(), q.showWhen().answers()))
                .policyWarning(q.warning() == null ? null : new PolicyWarning(q.warning().answers(), q.warning().message()));
    }

    public static Answer answer(AssessmentSnapshot s, QuestionDefinition q) {
        return answer(q, s.answer(q), s.evaluation().answer(q), s.evaluation().warning(q));
    }

    public static Answer answer(PortalService.SavedAnswer saved) {
        return answer(saved.question(), saved.row(), saved.value(), AnswerEvaluation.warning(saved.question(), saved.value()));
    }

    private static Answer answer(QuestionDefinition q, @Nullable AnswerRow row, AnswerValue value, @Nullable String warning) {
        Answer answer = new Answer(q.id(), q.key(), value.answered(q.type()), row == null ? 0L : row.version(),
                row == null ? ReviewStatus.PENDING : ReviewStatus.fromValue(row.reviewStatus()))
                .warning(warning);
        if (row != null) {
            answer.value(row.answerValue())
                    .values(q.type() == io.tollgate.api.model.QuestionType.MULTI_CHOICE ? value.values() : null)
                    .compensatingControl(row.compensatingControl())
                    .remediationDate(row.remediationDate())
                    .answeredAt(utc(row.answeredAt()))
                    .reviewComment(row.reviewComment())
                    .reviewedBy(row.reviewedBy());
        }
        return answer;
    }

    static List<Answer> answers(AssessmentSnapshot s) {
        return s.questionnaire().questions().stream().map(q -> answer(s, q)).toList();
    }

    public static Evidence evidence(AssessmentEvidence e) {
        return new Evidence(e.id(), e.fileName(), e.contentType(), e.sizeBytes(), e.sha256(), utc(e.uploadedAt())).questionId(e.questionId());
    }

    static List<Evidence> evidence(AssessmentSnapshot s) {
        return s.evidence().stream().map(AssessmentViews::evidence).toList();
    }

    static List<ControlOverride> overrides(AssessmentSnapshot s) {
        return s.overrides().stream().map(o -> new ControlOverride(o.controlCode(), ControlStatusValue.valueOf(o.status()),
                        o.reason(), o.overriddenBy(), utc(o.overriddenAt()))
                        .evidence(o.evidenceQuality() == null ? null : EvidenceQuality.valueOf(o.evidenceQuality())))
                .toList();
    }

    static Progress progress(AssessmentSnapshot s) {
        AnswerEvaluation.Progress p = s.evaluation().progress();
        return new Progress(p.visible(), p.answered(), p.required(), p.requiredAnswered());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
