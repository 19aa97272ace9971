package io.tollgate.questionnaire;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One rule of a question's mapping to a control; {@code answers} is a JSON array of answer tokens. */
@MappedEntity("questionnaire_control_rule")
public record QuestionnaireControlRule(@Id @GeneratedValue Long id,
                                       long questionId,
                                       String controlCode,
                                       int position,
                                       String answers,
                                       @Nullable String controlStatus,
                                       @Nullable String evidenceQuality) {
}
