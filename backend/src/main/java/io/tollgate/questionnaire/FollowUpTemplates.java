package io.tollgate.questionnaire;

import io.tollgate.api.model.TemplateStatus;
import io.tollgate.common.ConflictException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Targeted follow-up questionnaires: the built-in baseline cut down to the questions about a given set of controls.
 * Templates are immutable, so a follow-up template is reused while its questions stay the same and a new version of it
 * is created when they differ (the incident's exploited controls or the baseline changed).
 */
@Singleton
public class FollowUpTemplates {
    private static final int MAX_NAME = 200;

    private final QuestionnaireService questionnaires;

    public FollowUpTemplates(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
    }

    /** The follow-up template for {@code controlCodes}, named after {@code subject}; created if needed. */
    @Transactional
    public Questionnaire forControls(String subject, Collection<String> controlCodes) {
        Questionnaire baseline = baseline();
        QuestionnaireService.TemplateInput wanted = cut(baseline, subject, new TreeSet<>(controlCodes));
        List<QuestionnaireService.Summary> sameName = questionnaires.list().stream()
                .filter(s -> s.template().name().equals(wanted.name()))
                .sorted(Comparator.comparingInt((QuestionnaireService.Summary s) -> s.template().version()).reversed())
                .toList();
        if (!sameName.isEmpty()) {
            Questionnaire newest = questionnaires.get(sameName.get(0).template().id());
            if (newest.template().status() == TemplateStatus.PUBLISHED
                    && questionnaires.export(newest).sections().equals(wanted.sections())) {
                return newest;
            }
        }
        int version = sameName.isEmpty() ? 1 : sameName.get(0).template().version() + 1;
        return questionnaires.create(new QuestionnaireService.TemplateInput(wanted.name(), version, wanted.description(),
                TemplateStatus.PUBLISHED, wanted.sections()), false);
    }

    /** The newest published built-in template. */
    private Questionnaire baseline() {
        Optional<QuestionnaireService.Summary> builtin = questionnaires.list().stream()
                .filter(s -> s.template().builtin() && s.template().status() == TemplateStatus.PUBLISHED)
                .max(Comparator.comparingInt((QuestionnaireService.Summary s) -> s.template().version())
                        .thenComparing(s -> s.template().id()));
        return questionnaires.get(builtin.orElseThrow(() ->
                new ConflictException("There is no published built-in questionnaire to build a follow-up from.")).template().id());
    }

    /**
     * The baseline's questions whose rules name one of the controls, plus the earlier questions their conditions
     * depend on (a condition must refer to a question of the same template). Only the rules for those controls are
     * kept, so completing the follow-up updates nothing else. Pure.
     */
    static QuestionnaireService.TemplateInput cut(Questionnaire baseline, String subject, Set<String> controlCodes) {
        Map<String, QuestionDefinition> byKey = new HashMap<>();
        baseline.questions().forEach(q -> byKey.put(q.key(), q));
        Set<String> keep = new HashSet<>();
        for (QuestionDefinition q : baseline.questions()) {
            if (q.rules().stream().anyMatch(r -> controlCodes.contains(r.controlCode()))) {
                for (QuestionDefinition at = q; at != null && keep.add(at.key()); ) {
                    at = at.showWhen() == null ? null : byKey.get(at.showWhen().questionKey());
                }
            }
        }
        if (keep.isEmpty()) {
            throw new ConflictException("The questionnaire '" + baseline.template().name() + "' asks nothing about "
                    + String.join(", ", controlCodes) + ", so there is nothing to follow up on.");
        }
        List<QuestionnaireService.SectionInput> sections = new ArrayList<>();
        for (Questionnaire.SectionDefinition section : baseline.sections()) {
            List<QuestionnaireService.QuestionInput> questions = section.questions().stream()
                    .filter(q -> keep.contains(q.key()))
                    .map(q -> new QuestionnaireService.QuestionInput(q.key(), q.text(), q.helpText(), q.type(), q.required(),
                            q.options(), q.showWhen(), q.warning(),
                            q.rules().stream().filter(r -> controlCodes.contains(r.controlCode())).toList()))
                    .toList();
            if (!questions.isEmpty()) {
                sections.add(new QuestionnaireService.SectionInput(section.title(), section.description(), questions));
            }
        }
        String name = "Follow-up: " + subject;
        return new QuestionnaireService.TemplateInput(name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name, 1,
                "The questions of '" + baseline.template().name() + "' about the controls " + subject + " exploits: "
                        + String.join(", ", controlCodes) + ".",
                TemplateStatus.PUBLISHED, sections);
    }
}
