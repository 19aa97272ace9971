package io.tollgate.questionnaire;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Templates and their children; children are read per template, ordered for display. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface QuestionnaireRepository extends CrudRepository<QuestionnaireTemplate, Long> {

    @Query("SELECT * FROM questionnaire_template ORDER BY name, version DESC, id")
    List<QuestionnaireTemplate> findAllOrdered();

    @Query("SELECT id FROM questionnaire_template WHERE name = :name AND version = :version")
    Optional<Long> findIdByNameAndVersion(String name, int version);

    @Query("SELECT template_id, COUNT(*) AS question_count FROM questionnaire_question GROUP BY template_id")
    List<QuestionCount> countQuestions();

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Sections extends CrudRepository<QuestionnaireSection, Long> {
        List<QuestionnaireSection> findByTemplateIdOrderByPosition(long templateId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Questions extends CrudRepository<QuestionnaireQuestion, Long> {
        @Query("""
                SELECT q.* FROM questionnaire_question q JOIN questionnaire_section s ON s.id = q.section_id
                 WHERE q.template_id = :templateId ORDER BY s.position, q.position""")
        List<QuestionnaireQuestion> findByTemplateOrdered(long templateId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rules extends CrudRepository<QuestionnaireControlRule, Long> {
        @Query("""
                SELECT r.* FROM questionnaire_control_rule r JOIN questionnaire_question q ON q.id = r.question_id
                 WHERE q.template_id = :templateId ORDER BY r.question_id, r.id""")
        List<QuestionnaireControlRule> findByTemplate(long templateId);
    }

    @io.micronaut.core.annotation.Introspected
    record QuestionCount(long templateId, int questionCount) {
    }
}
