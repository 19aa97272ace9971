package io.tollgate.questionnaire;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("questionnaire_section")
public record QuestionnaireSection(@Id @GeneratedValue Long id,
                                   long templateId,
                                   int position,
                                   String title,
                                   @Nullable String description) {
}
