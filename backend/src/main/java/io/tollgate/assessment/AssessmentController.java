package io.tollgate.assessment;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.server.types.files.FileCustomizableResponseType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.tollgate.api.AssessmentsApi;
import io.tollgate.api.model.CompletionControl;
import io.tollgate.api.model.CompletionPreview;
import io.tollgate.api.model.ControlObservation;
import io.tollgate.api.model.ControlStatus;
import io.tollgate.api.model.ControlStatusSource;
import io.tollgate.control.VendorControlStatus;
import io.tollgate.api.model.Answer;
import io.tollgate.api.model.AnswerReview;
import io.tollgate.api.model.AssessmentCreate;
import io.tollgate.api.model.AssessmentDetail;
import io.tollgate.api.model.AssessmentInvitation;
import io.tollgate.api.model.AssessmentPage;
import io.tollgate.api.model.AssessmentStatus;
import io.tollgate.api.model.AssessmentStatusChange;
import io.tollgate.api.model.ControlOverride;
import io.tollgate.api.model.ControlOverrideInput;
import io.tollgate.api.model.FollowUpPreview;
import io.tollgate.api.model.FollowUpRecipient;
import io.tollgate.api.model.FollowUpSent;
import io.tollgate.api.model.FollowUpSkipped;
import io.tollgate.api.model.FollowUpSkippedReason;
import io.tollgate.api.model.IncidentFollowUp;
import io.tollgate.api.model.IncidentFollowUpRequest;
import io.tollgate.api.model.ReviewStatus;
import io.tollgate.common.ETags;
import io.tollgate.security.CurrentUserProvider;
import io.tollgate.security.Role;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class AssessmentController implements AssessmentsApi {
    private final AssessmentService assessments;
    private final IncidentFollowUpService followUps;
    private final CurrentUserProvider currentUser;
    private final String portalBaseUrl;

    public AssessmentController(AssessmentService assessments, IncidentFollowUpService followUps, CurrentUserProvider currentUser,
                                @Value("${tollgate.portal.base-url:}") String portalBaseUrl) {
        this.assessments = assessments;
        this.followUps = followUps;
        this.currentUser = currentUser;
        this.portalBaseUrl = portalBaseUrl.replaceAll("/+$", "");
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public HttpResponse<AssessmentInvitation> createAssessment(AssessmentCreate body, String idempotencyKey) {
        AssessmentService.Invitation invitation = assessments.create(body.getVendorId(), body.getTemplateId(), body.getDueDate(),
                body.getRespondentEmail(), Boolean.TRUE.equals(body.getDraft()), currentUser.username());
        return HttpResponse.created(invitation(invitation), URI.create("/api/v1/assessments/" + invitation.assessment().id()))
                .header("Cache-Control", "no-store");
    }

    private AssessmentInvitation invitation(AssessmentService.Invitation invitation) {
        Assessment a = invitation.assessment();
        return new AssessmentInvitation(a.id(), a.status(), portalUrl(invitation.token()), invitation.token(),
                a.tokenExpiresAt().atOffset(ZoneOffset.UTC));
    }

    private String portalUrl(String token) {
        return portalBaseUrl + "/portal/" + token;
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public HttpResponse<AssessmentInvitation> reissuePortalToken(Long assessmentId) {
        return HttpResponse.ok(invitation(assessments.reissueToken(assessmentId))).header("Cache-Control", "no-store");
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public HttpResponse<IncidentFollowUp> createIncidentFollowUp(Long incidentId, IncidentFollowUpRequest body) {
        IncidentFollowUpService.Result result = followUps.followUp(incidentId, body.getDueDate(), body.getVendorIds() == null
                ? null : List.copyOf(body.getVendorIds()), currentUser.username());
        List<FollowUpSent> sent = result.sent().stream().map(s -> {
            AssessmentInvitation i = invitation(s.invitation());
            return new FollowUpSent(s.vendorId(), s.vendorName(), s.template().template().id(), s.template().template().name(),
                    s.controlCodes(), i.getId(), s.invitation().assessment().respondentEmail(), i.getPortalUrl(),
                    i.getPortalToken(), i.getTokenExpiresAt());
        }).toList();
        List<FollowUpSkipped> skipped = result.skipped().stream()
                .map(s -> new FollowUpSkipped(s.vendorId(), FollowUpSkippedReason.valueOf(s.reason().name()), s.detail())
                        .vendorName(s.vendorName()).assessmentId(s.assessmentId()))
                .toList();
        return HttpResponse.ok(new IncidentFollowUp(incidentId, result.controlCodes(), sent, skipped))
                .header("Cache-Control", "no-store");
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public FollowUpPreview getIncidentFollowUpPreview(Long incidentId) {
        IncidentFollowUpService.Preview preview = followUps.preview(incidentId);
        return new FollowUpPreview(incidentId, preview.controlCodes(), preview.recipients().stream()
                .map(r -> new FollowUpRecipient(r.vendorId(), r.vendorName(), r.selected(), r.controlCodes())
                        .reason(r.reason() == null ? null : FollowUpSkippedReason.valueOf(r.reason().name())))
                .toList());
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public AssessmentPage listAssessments(Integer page, Integer size, Long vendorId, AssessmentStatus status) {
        Page<Assessment> result = assessments.list(vendorId, status, page, size);
        Map<Long, String> vendorNames = assessments.vendorNames(result.getContent());
        Map<Long, String> templateNames = assessments.templateNames(result.getContent());
        return new AssessmentPage(result.getContent().stream()
                .map(a -> AssessmentViews.summary(a, vendorNames.get(a.vendorId()), templateNames.get(a.templateId()))).toList(),
                page, size, result.getTotalSize(), result.getTotalPages());
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public HttpResponse<AssessmentDetail> getAssessment(Long assessmentId) {
        AssessmentSnapshot snapshot = assessments.get(assessmentId);
        return HttpResponse.ok(AssessmentViews.detail(snapshot)).header("ETag", ETags.of(snapshot.assessment().version()));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public HttpResponse<AssessmentDetail> changeAssessmentStatus(Long assessmentId, AssessmentStatusChange body) {
        AssessmentSnapshot snapshot = assessments.changeStatus(assessmentId, body.getStatus(), body.getVersion(), body.getComment(),
                new AssessmentService.Completion(body.getKeepOverrides() == null ? java.util.Set.of() : body.getKeepOverrides(),
                        Boolean.TRUE.equals(body.getForce()), body.getReason()),
                currentUser.username());
        return HttpResponse.ok(AssessmentViews.detail(snapshot)).header("ETag", ETags.of(snapshot.assessment().version()));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public CompletionPreview getAssessmentCompletion(Long assessmentId) {
        AssessmentService.CompletionPreview preview = assessments.completionPreview(assessmentId);
        return new CompletionPreview(preview.assessmentId(), preview.blockers().unreviewed(),
                preview.blockers().pendingClarifications(),
                preview.controls().stream().map(c -> new CompletionControl(c.controlCode(), c.controlName(),
                                ControlStatus.valueOf(c.assessedStatus().name()), c.conflict(), observation(c.recorded()))
                        .current(c.current() == null ? null : observation(c.current()))
                        .currentReason(c.current() == null ? null : c.current().reason())
                        .assessedEvidence(c.assessedEvidence()))
                        .toList());
    }

    private static ControlObservation observation(VendorControlStatus.Observation o) {
        return new ControlObservation(ControlStatus.valueOf(o.status()), ControlStatusSource.valueOf(o.source()), o.observedOn())
                .evidence(o.evidence() == null ? null : io.tollgate.api.model.EvidenceQuality.valueOf(o.evidence()))
                .assessmentId(o.assessmentId())
                .expiresOn(o.expiresOn());
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public HttpResponse<Void> revokePortalToken(Long assessmentId) {
        assessments.revokeToken(assessmentId);
        return HttpResponse.noContent();
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public Answer reviewAnswer(Long assessmentId, Long questionId, AnswerReview body) {
        AssessmentSnapshot snapshot = assessments.review(assessmentId, questionId, ReviewStatus.fromValue(body.getDecision().getValue()),
                body.getComment(), currentUser.username());
        return AssessmentViews.answer(snapshot, snapshot.questionnaire().question(questionId).orElseThrow());
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public ControlOverride overrideControlStatus(Long assessmentId, String controlId, ControlOverrideInput body) {
        AssessmentSnapshot snapshot = assessments.override(assessmentId, controlId, body.getStatus(), body.getEvidence(),
                body.getReason(), currentUser.username());
        return AssessmentViews.overrides(snapshot).stream().filter(o -> o.getControlCode().equals(controlId)).findFirst().orElseThrow();
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public HttpResponse<FileCustomizableResponseType> downloadAssessmentEvidence(Long assessmentId, Long evidenceId) {
        return file(assessments.download(assessmentId, evidenceId));
    }

    /** Sends an evidence file as an attachment that browsers will not sniff or render inline. */
    public static HttpResponse<FileCustomizableResponseType> file(AssessmentService.EvidenceFile file) {
        StreamedFile body = new StreamedFile(new ByteArrayInputStream(file.content()), MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .attach(file.metadata().fileName());
        return HttpResponse.<FileCustomizableResponseType>ok(body)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store");
    }
}
