package io.tollgate.assessment;

import io.tollgate.questionnaire.QuestionDefinition;
import io.tollgate.questionnaire.Questionnaire;

import java.util.List;
import java.util.Map;

/** Everything about one assessment that a view or a rule needs, read in one transaction. */
public record AssessmentSnapshot(Assessment assessment,
                                 String vendorName,
                                 Questionnaire questionnaire,
                                 Map<Long, AnswerRow> answers,
                                 List<AssessmentEvidence> evidence,
                                 List<ControlOverrideRow> overrides,
                                 AnswerEvaluation evaluation) {

    public AnswerRow answer(QuestionDefinition q) {
        return answers.get(q.id());
    }
}
