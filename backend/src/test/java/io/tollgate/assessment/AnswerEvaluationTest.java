package io.tollgate.assessment;

import io.tollgate.api.model.ControlStatusValue;
import io.tollgate.api.model.EvidenceQuality;
import io.tollgate.api.model.QuestionType;
import io.tollgate.api.model.TemplateStatus;
import io.tollgate.questionnaire.QuestionDefinition;
import io.tollgate.questionnaire.QuestionDefinition.Condition;
import io.tollgate.questionnaire.QuestionDefinition.Rule;
import io.tollgate.questionnaire.Questionnaire;
import io.tollgate.questionnaire.QuestionnaireTemplate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.tollgate.api.model.ControlStatusValue.MET;
import static io.tollgate.api.model.ControlStatusValue.NOT_APPLICABLE;
import static io.tollgate.api.model.ControlStatusValue.NOT_MET;
import static io.tollgate.api.model.ControlStatusValue.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;

class AnswerEvaluationTest {
    private static final List<Rule> SSO_RULES = List.of(new Rule("C03", List.of("YES"), MET, null),
            new Rule("C03", List.of("PARTIAL"), PARTIAL, null), new Rule("C03", List.of("NO"), NOT_MET, null),
            new Rule("C03", List.of("NA"), NOT_APPLICABLE, null));
    private static final QuestionDefinition SSO = yesNo(1, "sso", null, SSO_RULES);
    private static final QuestionDefinition SCIM = yesNo(2, "scim", new Condition("sso", List.of("YES", "PARTIAL")),
            List.of(new Rule("C03", List.of("YES"), MET, null), new Rule("C03", List.of("NO", "PARTIAL"), PARTIAL, null)));
    private static final QuestionDefinition SCIM_PROOF = new QuestionDefinition(3, 1, "scim.proof", "Upload", null, QuestionType.FILE,
            true, List.of(), new Condition("scim", List.of("YES")), null, List.of(new Rule("C03", List.of("PROVIDED"), null,
            EvidenceQuality.INDEPENDENTLY_TESTED)));
    private static final Questionnaire QUESTIONNAIRE = new Questionnaire(
            new QuestionnaireTemplate(1L, "t", 1, null, TemplateStatus.PUBLISHED, false, Instant.EPOCH),
            List.of(new Questionnaire.SectionDefinition(1, "s", null, List.of(SSO, SCIM, SCIM_PROOF))));

    @Test
    void followUpsAreShownOnlyWhileTheirWholeChainHolds() {
        AnswerEvaluation noSso = evaluate(Map.of(1L, "NO", 2L, "YES"));
        assertThat(noSso.isVisible(SCIM)).isFalse();
        assertThat(noSso.isVisible(SCIM_PROOF)).as("its condition holds, but the question it depends on is hidden").isFalse();
        assertThat(noSso.missingRequired()).isEmpty();

        AnswerEvaluation sso = evaluate(Map.of(1L, "YES", 2L, "YES"));
        assertThat(sso.isVisible(SCIM_PROOF)).isTrue();
        assertThat(sso.missingRequired()).containsExactly(SCIM_PROOF);
    }

    @Test
    void theWeakestVisibleAnswerDecidesAndHiddenAnswersCountForNothing() {
        assertThat(outcome(evaluate(Map.of(1L, "YES", 2L, "NO")))).extracting("status").isEqualTo(PARTIAL);
        assertThat(outcome(evaluate(Map.of(1L, "NO", 2L, "YES")))).extracting("status").isEqualTo(NOT_MET);
        assertThat(outcome(evaluate(Map.of(1L, "YES", 2L, "YES")))).extracting("status").isEqualTo(MET);
    }

    @Test
    void notApplicableOnlyWhenNothingElseDecides() {
        assertThat(AnswerEvaluation.combine(List.of(NOT_APPLICABLE))).isEqualTo(NOT_APPLICABLE);
        assertThat(AnswerEvaluation.combine(List.of(NOT_APPLICABLE, MET))).isEqualTo(MET);
        assertThat(AnswerEvaluation.combine(List.of())).isNull();
    }

    @Test
    void evidenceUploadRaisesTheEvidenceQualityOfTheStatus() {
        Map<Long, AnswerValue> answers = new HashMap<>(values(Map.of(1L, "YES", 2L, "YES")));
        assertThat(outcome(new AnswerEvaluation(QUESTIONNAIRE, answers)).evidence()).isEqualTo(EvidenceQuality.SELF_ATTESTED);

        answers.put(3L, new AnswerValue(null, List.of(), true));
        AnswerEvaluation.ControlOutcome withProof = outcome(new AnswerEvaluation(QUESTIONNAIRE, answers));

        assertThat(withProof.status()).isEqualTo(MET);
        assertThat(withProof.evidence()).isEqualTo(EvidenceQuality.INDEPENDENTLY_TESTED);
        assertThat(withProof.questionKeys()).containsExactly("sso", "scim", "scim.proof");
    }

    @Test
    void unansweredControlIsUnknown() {
        assertThat(outcome(evaluate(Map.of())).status()).isNull();
    }

    private static AnswerEvaluation.ControlOutcome outcome(AnswerEvaluation evaluation) {
        return evaluation.controlOutcomes().stream().filter(o -> o.controlCode().equals("C03")).findFirst().orElseThrow();
    }

    private static AnswerEvaluation evaluate(Map<Long, String> answers) {
        return new AnswerEvaluation(QUESTIONNAIRE, values(answers));
    }

    private static Map<Long, AnswerValue> values(Map<Long, String> answers) {
        Map<Long, AnswerValue> values = new HashMap<>();
        answers.forEach((id, v) -> values.put(id, new AnswerValue(v, List.of(), false)));
        return values;
    }

    private static QuestionDefinition yesNo(long id, String key, Condition condition, List<Rule> rules) {
        return new QuestionDefinition(id, 1, key, key + "?", null, QuestionType.YES_NO_PARTIAL_NA, true, List.of(), condition, null, rules);
    }
}
