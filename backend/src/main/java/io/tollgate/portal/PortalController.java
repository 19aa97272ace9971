package io.tollgate.portal;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.FileCustomizableResponseType;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.tollgate.api.PortalApi;
import io.tollgate.api.model.Answer;
import io.tollgate.api.model.AnswerInput;
import io.tollgate.api.model.Evidence;
import io.tollgate.api.model.PortalAssessment;
import io.tollgate.assessment.AssessmentController;
import io.tollgate.assessment.AssessmentEvidence;
import io.tollgate.assessment.AssessmentService;
import io.tollgate.assessment.AssessmentViews;
import io.tollgate.assessment.PortalService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

/**
 * The vendor's portal. The assessment is always the one the invitation token opened ({@link PortalAccess});
 * no path, query or body value can select another.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(PortalAccess.ROLE)
public class PortalController implements PortalApi {
    private final PortalService portal;
    private final AssessmentService assessments;
    private final PortalAccess access;

    public PortalController(PortalService portal, AssessmentService assessments, PortalAccess access) {
        this.portal = portal;
        this.assessments = assessments;
        this.access = access;
    }

    @Override
    @Secured(PortalAccess.ROLE)
    public PortalAssessment getPortalAssessment() {
        return AssessmentViews.portal(portal.view(access.assessmentId()));
    }

    @Override
    @Secured(PortalAccess.ROLE)
    public Answer savePortalAnswer(Long questionId, AnswerInput body) {
        return AssessmentViews.answer(portal.saveAnswer(access.assessmentId(), questionId, new PortalService.AnswerInput(body.getValue(),
                body.getValues() == null ? List.of() : List.copyOf(body.getValues()), body.getCompensatingControl(),
                body.getRemediationDate(), body.getVersion())));
    }

    @Override
    @Secured(PortalAccess.ROLE)
    public HttpResponse<Evidence> uploadPortalEvidence(CompletedFileUpload file, Long questionId) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AssessmentEvidence saved = portal.upload(access.assessmentId(), questionId, file.getFilename(), content);
        return HttpResponse.created(AssessmentViews.evidence(saved), URI.create("/api/v1/portal/assessment/evidence/" + saved.id()));
    }

    @Override
    @Secured(PortalAccess.ROLE)
    public HttpResponse<FileCustomizableResponseType> downloadPortalEvidence(Long evidenceId) {
        return AssessmentController.file(assessments.download(access.assessmentId(), evidenceId));
    }

    @Override
    @Secured(PortalAccess.ROLE)
    public PortalAssessment submitPortalAssessment() {
        return AssessmentViews.portal(portal.submit(access.assessmentId()));
    }
}
