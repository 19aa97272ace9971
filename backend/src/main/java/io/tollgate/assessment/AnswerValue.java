package io.tollgate.assessment;

import io.micronaut.core.annotation.Nullable;
import io.tollgate.api.model.QuestionType;
import io.tollgate.questionnaire.QuestionDefinition;

import java.util.List;
import java.util.Set;

/**
 * What a respondent answered to one question, in the terms the rules use: the set of answer tokens.
 * FILE questions are answered by uploading evidence for them ({@code evidenceProvided}).
 */
public record AnswerValue(@Nullable String value, List<String> values, boolean evidenceProvided) {

    public static final AnswerValue NONE = new AnswerValue(null, List.of(), false);

    public boolean answered(QuestionType type) {
        return switch (type) {
            case FILE -> evidenceProvided;
            case MULTI_CHOICE -> !values.isEmpty();
            default -> value != null && !value.isBlank();
        };
    }

    /** The tokens conditions, rules and warnings match against; empty when unanswered. */
    public Set<String> tokens(QuestionType type) {
        if (!answered(type)) {
            return Set.of();
        }
        return switch (type) {
            case FILE -> Set.of(QuestionDefinition.PROVIDED);
            case MULTI_CHOICE -> Set.copyOf(values);
            default -> Set.of(value);
        };
    }
}
