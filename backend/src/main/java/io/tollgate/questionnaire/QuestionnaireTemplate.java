package io.tollgate.questionnaire;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.tollgate.api.model.TemplateStatus;

import java.time.Instant;

/** A questionnaire template as stored; immutable once created (a change is a new name/version). */
@MappedEntity("questionnaire_template")
public record QuestionnaireTemplate(@Id @GeneratedValue Long id,
                                    String name,
                                    int version,
                                    @Nullable String description,
                                    TemplateStatus status,
                                    @MappedProperty("is_builtin") boolean builtin,
                                    Instant createdAt) {
}
