package io.tollgate.assessment;

import io.micronaut.core.annotation.Nullable;
import io.tollgate.api.model.ControlStatusValue;
import io.tollgate.api.model.EvidenceQuality;
import io.tollgate.questionnaire.QuestionDefinition;
import io.tollgate.questionnaire.Questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The questionnaire's rules applied to one set of answers: which questions are shown, what is still missing,
 * which warnings apply, and the status each mapped control gets. Pure: no database, no clock.
 */
public final class AnswerEvaluation {
    private final Questionnaire questionnaire;
    private final Map<Long, AnswerValue> answers;
    private final Map<Long, Boolean> visible = new HashMap<>();

    public AnswerEvaluation(Questionnaire questionnaire, Map<Long, AnswerValue> answers) {
        this.questionnaire = questionnaire;
        this.answers = answers;
        Map<String, QuestionDefinition> byKey = new HashMap<>();
        // Conditions refer to earlier questions, so one pass in display order settles visibility.
        for (QuestionDefinition q : questionnaire.questions()) {
            boolean shown = true;
            if (q.showWhen() != null) {
                QuestionDefinition target = byKey.get(q.showWhen().questionKey());
                shown = target != null && visible.getOrDefault(target.id(), false)
                        && answer(target).tokens(target.type()).stream().anyMatch(q.showWhen().answers()::contains);
            }
            visible.put(q.id(), shown);
            byKey.put(q.key(), q);
        }
    }

    public record Progress(int visible, int answered, int required, int requiredAnswered) {
    }

    /** One control's outcome: status null means no visible answer decided it (UNKNOWN). */
    public record ControlOutcome(String controlCode, @Nullable ControlStatusValue status, EvidenceQuality evidence,
                                 List<String> questionKeys) {
    }

    public boolean isVisible(QuestionDefinition q) {
        return visible.getOrDefault(q.id(), false);
    }

    public AnswerValue answer(QuestionDefinition q) {
        return answers.getOrDefault(q.id(), AnswerValue.NONE);
    }

    public Progress progress() {
        int shown = 0, answered = 0, required = 0, requiredAnswered = 0;
        for (QuestionDefinition q : questionnaire.questions()) {
            if (!isVisible(q)) {
                continue;
            }
            boolean done = answer(q).answered(q.type());
            shown++;
            answered += done ? 1 : 0;
            if (q.required()) {
                required++;
                requiredAnswered += done ? 1 : 0;
            }
        }
        return new Progress(shown, answered, required, requiredAnswered);
    }

    /** Required questions that are shown but not answered, in display order. */
    public List<QuestionDefinition> missingRequired() {
        return questionnaire.questions().stream()
                .filter(q -> q.required() && isVisible(q) && !answer(q).answered(q.type()))
                .toList();
    }

    /** The question's policy warning when its current answer falls short. */
    @Nullable
    public String warning(QuestionDefinition q) {
        return warning(q, answer(q));
    }

    /** The warning depends on the question's own answer only, so one answer can be judged without the others. */
    @Nullable
    public static String warning(QuestionDefinition q, AnswerValue answer) {
        if (q.warning() == null) {
            return null;
        }
        Set<String> tokens = answer.tokens(q.type());
        return q.warning().answers().stream().anyMatch(tokens::contains) ? q.warning().message() : null;
    }

    /**
     * Each mapped control's status from the visible answers. Per question and control the first matching rule
     * wins. Across questions the weakest status wins (NOT_MET, then PARTIAL, then MET); NOT_APPLICABLE only
     * when every deciding answer says so. Evidence is the best any matching rule grants, at least self-attested.
     */
    public List<ControlOutcome> controlOutcomes() {
        Map<String, List<ControlStatusValue>> statuses = new LinkedHashMap<>();
        Map<String, EvidenceQuality> evidence = new HashMap<>();
        Map<String, List<String>> keys = new HashMap<>();
        for (QuestionDefinition q : questionnaire.questions()) {
            Map<String, Boolean> decided = new HashMap<>();
            for (QuestionDefinition.Rule rule : q.rules()) {
                statuses.computeIfAbsent(rule.controlCode(), k -> new ArrayList<>());
                if (!isVisible(q) || decided.containsKey(rule.controlCode())) {
                    continue;
                }
                Set<String> tokens = answer(q).tokens(q.type());
                if (!rule.answers().stream().anyMatch(tokens::contains)) {
                    continue;
                }
                decided.put(rule.controlCode(), true);
                keys.computeIfAbsent(rule.controlCode(), k -> new ArrayList<>()).add(q.key());
                if (rule.status() != null) {
                    statuses.get(rule.controlCode()).add(rule.status());
                }
                if (rule.evidence() != null) {
                    evidence.merge(rule.controlCode(), rule.evidence(), AnswerEvaluation::better);
                }
            }
        }
        List<ControlOutcome> outcomes = new ArrayList<>();
        statuses.forEach((code, list) -> outcomes.add(new ControlOutcome(code, combine(list),
                evidence.getOrDefault(code, EvidenceQuality.SELF_ATTESTED), keys.getOrDefault(code, List.of()))));
        return outcomes;
    }

    @Nullable
    static ControlStatusValue combine(List<ControlStatusValue> statuses) {
        List<ControlStatusValue> deciding = statuses.stream().filter(s -> s != ControlStatusValue.NOT_APPLICABLE).toList();
        if (deciding.isEmpty()) {
            return statuses.isEmpty() ? null : ControlStatusValue.NOT_APPLICABLE;
        }
        if (deciding.contains(ControlStatusValue.NOT_MET)) {
            return ControlStatusValue.NOT_MET;
        }
        return deciding.contains(ControlStatusValue.PARTIAL) ? ControlStatusValue.PARTIAL : ControlStatusValue.MET;
    }

    private static EvidenceQuality better(EvidenceQuality a, EvidenceQuality b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
