package io.tollgate.questionnaire;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Optional;

/** A template with its sections and questions, loaded whole (templates are tens of questions). */
public record Questionnaire(QuestionnaireTemplate template, List<SectionDefinition> sections) {

    public record SectionDefinition(long id, String title, @Nullable String description, List<QuestionDefinition> questions) {
    }

    /** Every question in display order. */
    public List<QuestionDefinition> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<QuestionDefinition> question(long id) {
        return questions().stream().filter(q -> q.id() == id).findFirst();
    }
}
