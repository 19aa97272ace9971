package io.tollgate.assessment;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tollgate.api.model.ControlStatusValue;
import io.tollgate.api.model.EvidenceQuality;
import io.tollgate.api.model.QuestionType;
import io.tollgate.api.model.TemplateStatus;
import io.tollgate.common.InvalidInputException;
import io.tollgate.questionnaire.QuestionDefinition;
import io.tollgate.questionnaire.QuestionDefinition.Condition;
import io.tollgate.questionnaire.QuestionDefinition.Option;
import io.tollgate.questionnaire.QuestionDefinition.Rule;
import io.tollgate.questionnaire.QuestionDefinition.Warning;
import io.tollgate.questionnaire.Questionnaire;
import io.tollgate.questionnaire.QuestionnaireTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vendor's respondent sends any answer values through the portal. Whatever they send to any question type must
 * either be taken (and then the questionnaire's rules evaluate without failing) or be refused with 422 field errors;
 * any other exception would be a 500.
 */
class AnswerFuzzTest {
    private static final List<QuestionDefinition> QUESTIONS = List.of(
            question(1, "mfa", QuestionType.YES_NO_PARTIAL_NA, List.of(), null,
                    new Warning(List.of("NO", "PARTIAL"), "Describe the compensating control."),
                    List.of(new Rule("C01", List.of("YES"), ControlStatusValue.MET, null),
                            new Rule("C01", List.of("PARTIAL"), ControlStatusValue.PARTIAL, null),
                            new Rule("C01", List.of("NO"), ControlStatusValue.NOT_MET, null),
                            new Rule("C01", List.of("NA"), ControlStatusValue.NOT_APPLICABLE, null))),
            question(2, "mfa.methods", QuestionType.MULTI_CHOICE, options("FIDO2", "TOTP", "SMS"),
                    new Condition("mfa", List.of("YES", "PARTIAL")), new Warning(List.of("SMS"), "SMS can be intercepted."),
                    List.of(new Rule("C02", List.of("SMS"), ControlStatusValue.PARTIAL, null),
                            new Rule("C02", List.of("FIDO2", "TOTP"), ControlStatusValue.MET, null))),
            question(3, "mfa.policy", QuestionType.FILE, List.of(), new Condition("mfa.methods", List.of("FIDO2")), null,
                    List.of(new Rule("C01", List.of("PROVIDED"), null, EvidenceQuality.DOCUMENTED))),
            question(4, "hosting", QuestionType.SINGLE_CHOICE, options("EU", "US", "OTHER"), null, null,
                    List.of(new Rule("C30", List.of("OTHER"), ControlStatusValue.NOT_MET, null))),
            question(5, "staff", QuestionType.NUMBER, List.of(), null, null, List.of()),
            question(6, "tested.on", QuestionType.DATE, List.of(), new Condition("hosting", List.of("EU", "US")), null, List.of()),
            question(7, "notes", QuestionType.TEXT, List.of(), null, null, List.of()));
    private static final Questionnaire QUESTIONNAIRE = new Questionnaire(
            new QuestionnaireTemplate(1L, "Fuzzed", 1, null, TemplateStatus.PUBLISHED, false, Instant.EPOCH),
            List.of(new Questionnaire.SectionDefinition(1, "All", null, QUESTIONS)));

    @FuzzTest(maxDuration = "60s")
    void anyAnswerIsTakenOrRefusedWithFieldErrors(FuzzedDataProvider data) {
        Map<Long, AnswerValue> answers = new HashMap<>();
        int saves = data.consumeInt(1, 12);
        for (int i = 0; i < saves && data.remainingBytes() > 0; i++) {
            QuestionDefinition question = data.pickValue(QUESTIONS);
            String value = data.consumeBoolean() ? null : data.consumeString(300);
            List<String> values = new ArrayList<>();
            int count = data.consumeInt(0, 4);
            for (int v = 0; v < count; v++) {
                // Half the time a known option, so answers get past validation and reach the rules.
                values.add(data.consumeBoolean() && !question.allowedTokens().isEmpty()
                        ? data.pickValue(question.allowedTokens()) : data.consumeString(40));
            }
            PortalService.AnswerInput input = new PortalService.AnswerInput(value, values,
                    data.consumeBoolean() ? null : data.consumeString(100), null, data.consumeLong());
            try {
                PortalService.validate(question, input);
            } catch (InvalidInputException refused) {
                assertThat(refused.status()).isEqualTo(422);
                assertThat(refused.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.getField()).isIn("value", "values"));
                continue;
            }
            // What saveAnswer stores: the trimmed value (blank: none) and the values as sent.
            String stored = value == null || value.isBlank() ? null : value.trim();
            answers.put(question.id(), new AnswerValue(stored, List.copyOf(values), false));
        }
        if (data.consumeBoolean()) {
            answers.put(3L, new AnswerValue(null, List.of(), true));
        }

        AnswerEvaluation evaluation = new AnswerEvaluation(QUESTIONNAIRE, answers);
        AnswerEvaluation.Progress progress = evaluation.progress();
        assertThat(progress.answered()).isBetween(0, progress.visible());
        assertThat(progress.requiredAnswered()).isBetween(0, progress.required());
        assertThat(evaluation.missingRequired()).hasSize(progress.required() - progress.requiredAnswered());
        for (QuestionDefinition q : QUESTIONS) {
            evaluation.warning(q);
        }
        assertThat(evaluation.controlOutcomes()).extracting(AnswerEvaluation.ControlOutcome::controlCode)
                .containsExactlyInAnyOrder("C01", "C02", "C30");
    }

    private static QuestionDefinition question(long id, String key, QuestionType type, List<Option> options, Condition showWhen,
                                               Warning warning, List<Rule> rules) {
        return new QuestionDefinition(id, 1, key, "Question " + key, null, type, true, options, showWhen, warning, rules);
    }

    private static List<Option> options(String... values) {
        return java.util.Arrays.stream(values).map(v -> new Option(v, v.toLowerCase())).toList();
    }
}
