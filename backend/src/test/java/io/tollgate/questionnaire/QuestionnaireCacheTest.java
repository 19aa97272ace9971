package io.tollgate.questionnaire;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.tollgate.api.model.ControlStatusValue;
import io.tollgate.api.model.QuestionType;
import io.tollgate.api.model.TemplateStatus;
import io.tollgate.common.NotFoundException;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Templates never change once created, so each instance keeps those it has read; never one that was rolled back. */
@MicronautTest(transactional = false)
class QuestionnaireCacheTest extends IntegrationTest {
    @Inject
    QuestionnaireService questionnaires;
    @Inject
    TransactionOperations<Connection> transactions;

    private static QuestionnaireService.TemplateInput template(String name) {
        return new QuestionnaireService.TemplateInput(name, 1, null, TemplateStatus.PUBLISHED, List.of(
                new QuestionnaireService.SectionInput("Access", null, List.of(
                        new QuestionnaireService.QuestionInput("mfa", "Is MFA enforced for every administrator?", null,
                                QuestionType.YES_NO_PARTIAL_NA, true, List.of(), null, null,
                                List.of(new QuestionDefinition.Rule("C01", List.of("YES"), ControlStatusValue.MET, null)))))));
    }

    @Test
    void aTemplateIsReadFromTheDatabaseOnceAndThenFromTheInstance() throws Exception {
        long id = questionnaires.create(template("Cached " + UUID.randomUUID()), false).template().id();
        Questionnaire first = questionnaires.get(id);
        assertThat(first.questions()).extracting(QuestionDefinition::text).containsExactly("Is MFA enforced for every administrator?");

        // Nothing in Tollgate changes a template; this does, behind its back, to show the second read never asks.
        Database.update("UPDATE questionnaire_question SET text = 'changed behind the instance' WHERE template_id = ?", id);
        try {
            assertThat(questionnaires.get(id)).isSameAs(first);
        } finally {
            Database.update("UPDATE questionnaire_question SET text = 'Is MFA enforced for every administrator?' WHERE template_id = ?", id);
        }
    }

    @Test
    void aTemplateReadInTheTransactionThatCreatedItIsNotKeptWhenThatTransactionRollsBack() {
        long[] created = new long[1];
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            created[0] = questionnaires.create(template("Rolled back " + UUID.randomUUID()), false).template().id();
            assertThat(questionnaires.get(created[0]).questions()).hasSize(1);
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");

        assertThatThrownBy(() -> questionnaires.get(created[0])).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTemplateReadInACommittedTransactionIsKept() throws Exception {
        long id = transactions.executeWrite(status -> {
            long created = questionnaires.create(template("Committed " + UUID.randomUUID()), false).template().id();
            questionnaires.get(created);
            return created;
        });
        Database.update("UPDATE questionnaire_question SET text = 'changed behind the instance' WHERE template_id = ?", id);
        try {
            assertThat(questionnaires.get(id).questions()).extracting(QuestionDefinition::text)
                    .containsExactly("Is MFA enforced for every administrator?");
        } finally {
            Database.update("UPDATE questionnaire_question SET text = 'Is MFA enforced for every administrator?' WHERE template_id = ?", id);
        }
    }

    @Test
    void aTemplateThatDoesNotExistIsNotFoundEveryTime() {
        assertThatThrownBy(() -> questionnaires.get(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> questionnaires.get(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSharedQuestionnaireCannotBeChangedByOneOfItsReaders() {
        long id = questionnaires.create(template("Read only " + UUID.randomUUID()), false).template().id();
        Questionnaire shared = questionnaires.get(id);

        assertThatThrownBy(() -> shared.sections().get(0).questions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> shared.questions().get(0).rules().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
