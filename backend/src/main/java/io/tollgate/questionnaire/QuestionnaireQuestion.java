package io.tollgate.questionnaire;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.tollgate.api.model.QuestionType;

/**
 * A question row. The JSON columns (options, condition and warning answers) are kept as text here and
 * read into {@link QuestionDefinition} by {@link QuestionnaireService}.
 */
@MappedEntity("questionnaire_question")
public record QuestionnaireQuestion(@Id @GeneratedValue Long id,
                                    long templateId,
                                    long sectionId,
                                    int position,
                                    String questionKey,
                                    String text,
                                    @Nullable String helpText,
                                    QuestionType type,
                                    boolean required,
                                    @Nullable String options,
                                    @Nullable String conditionQuestionKey,
                                    @Nullable String conditionAnswers,
                                    @Nullable String warningMessage,
                                    @Nullable String warningAnswers) {
}
