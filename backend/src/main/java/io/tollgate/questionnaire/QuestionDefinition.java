package io.tollgate.questionnaire;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.tollgate.api.model.ControlStatusValue;
import io.tollgate.api.model.EvidenceQuality;
import io.tollgate.api.model.QuestionType;

import java.util.List;
import java.util.Set;

/** A question as the rest of the application uses it: conditions, warnings and control rules read and typed. */
public record QuestionDefinition(long id,
                                 long sectionId,
                                 String key,
                                 String text,
                                 @Nullable String helpText,
                                 QuestionType type,
                                 boolean required,
                                 List<Option> options,
                                 @Nullable Condition showWhen,
                                 @Nullable Warning warning,
                                 List<Rule> rules) {

    /** The answer tokens of YES_NO_PARTIAL_NA questions. */
    public static final List<String> YES_NO_PARTIAL_NA = List.of("YES", "NO", "PARTIAL", "NA");
    /** The token a FILE question's rules and conditions use for "evidence was uploaded". */
    public static final String PROVIDED = "PROVIDED";

    @Serdeable
    public record Option(String value, String label) {
    }

    public record Condition(String questionKey, List<String> answers) {
    }

    public record Warning(List<String> answers, String message) {
    }

    /** When the answer is one of {@code answers}, the control gets {@code status} and/or {@code evidence}. */
    public record Rule(String controlCode, List<String> answers, @Nullable ControlStatusValue status,
                       @Nullable EvidenceQuality evidence) {
        boolean matches(Set<String> tokens) {
            return answers.stream().anyMatch(tokens::contains);
        }
    }

    /** The tokens an answer of this question can consist of; empty for free-form types. */
    public List<String> allowedTokens() {
        return allowedTokens(type, options.stream().map(Option::value).toList());
    }

    static List<String> allowedTokens(QuestionType type, List<String> optionValues) {
        return switch (type) {
            case YES_NO_PARTIAL_NA -> YES_NO_PARTIAL_NA;
            case SINGLE_CHOICE, MULTI_CHOICE -> optionValues;
            case FILE -> List.of(PROVIDED);
            case NUMBER, TEXT, DATE -> List.of();
        };
    }
}
