package io.tollgate.questionnaire;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.tollgate.api.QuestionnairesApi;
import io.tollgate.api.model.ControlMappingRules;
import io.tollgate.api.model.ControlRule;
import io.tollgate.api.model.PolicyWarning;
import io.tollgate.api.model.Question;
import io.tollgate.api.model.QuestionCondition;
import io.tollgate.api.model.QuestionFields;
import io.tollgate.api.model.QuestionOption;
import io.tollgate.api.model.QuestionnaireTemplateInput;
import io.tollgate.api.model.QuestionnaireTemplateSummary;
import io.tollgate.api.model.Section;
import io.tollgate.api.model.SectionInput;
import io.tollgate.api.model.TemplateStatus;
import io.tollgate.security.Role;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class QuestionnaireController implements QuestionnairesApi {
    private final QuestionnaireService questionnaires;

    public QuestionnaireController(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public List<QuestionnaireTemplateSummary> listQuestionnaireTemplates() {
        return questionnaires.list().stream().map(s -> summary(s.template(), s.questionCount())).toList();
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public HttpResponse<io.tollgate.api.model.QuestionnaireTemplate> createQuestionnaireTemplate(QuestionnaireTemplateInput body, String idempotencyKey) {
        Questionnaire created = questionnaires.create(fromApi(body), false);
        return HttpResponse.created(toApi(created), URI.create("/api/v1/questionnaire-templates/" + created.template().id()));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public io.tollgate.api.model.QuestionnaireTemplate getQuestionnaireTemplate(Long templateId) {
        return toApi(questionnaires.get(templateId));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public HttpResponse<QuestionnaireTemplateInput> exportQuestionnaireTemplate(Long templateId) {
        Questionnaire questionnaire = questionnaires.get(templateId);
        QuestionnaireService.TemplateInput input = questionnaires.export(questionnaire);
        String fileName = questionnaire.template().name().replaceAll("[^A-Za-z0-9._-]+", "-") + "-v" + input.version() + ".json";
        return HttpResponse.ok(toApi(input)).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public HttpResponse<io.tollgate.api.model.QuestionnaireTemplate> importQuestionnaireTemplateCsv(String name, String body, String idempotencyKey, Integer version) {
        Questionnaire created = questionnaires.create(TemplateCsv.read(body, name, version == null ? 1 : version), false);
        return HttpResponse.created(toApi(created), URI.create("/api/v1/questionnaire-templates/" + created.template().id()));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public HttpResponse<String> exportQuestionnaireTemplateCsv(Long templateId) {
        Questionnaire questionnaire = questionnaires.get(templateId);
        String fileName = questionnaire.template().name().replaceAll("[^A-Za-z0-9._-]+", "-") + "-v" + questionnaire.template().version() + ".csv";
        return HttpResponse.ok(TemplateCsv.write(questionnaires.export(questionnaire)))
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    static QuestionnaireService.TemplateInput fromApi(QuestionnaireTemplateInput body) {
        return new QuestionnaireService.TemplateInput(body.getName(), body.getVersion() == null ? 1 : body.getVersion(),
                body.getDescription(), body.getStatus() == null ? TemplateStatus.PUBLISHED : body.getStatus(),
                body.getSections().stream().map(s -> new QuestionnaireService.SectionInput(s.getTitle(), s.getDescription(),
                        s.getQuestions().stream().map(QuestionnaireController::fromApi).toList())).toList());
    }

    private static QuestionnaireService.QuestionInput fromApi(QuestionFields q) {
        List<QuestionDefinition.Rule> rules = new ArrayList<>();
        if (q.getControls() != null) {
            for (ControlMappingRules mapping : q.getControls()) {
                for (ControlRule rule : mapping.getRules()) {
                    rules.add(new QuestionDefinition.Rule(mapping.getControlCode(), rule.getAnswers(), rule.getStatus(), rule.getEvidence()));
                }
            }
        }
        return new QuestionnaireService.QuestionInput(q.getKey(), q.getText(), q.getHelpText(), q.getType(),
                Boolean.TRUE.equals(q.getRequired()),
                q.getOptions() == null ? List.of() : q.getOptions().stream()
                        .map(o -> new QuestionDefinition.Option(o.getValue(), o.getLabel().trim())).toList(),
                q.getShowWhen() == null ? null : new QuestionDefinition.Condition(q.getShowWhen().getQuestionKey(), q.getShowWhen().getAnswers()),
                q.getPolicyWarning() == null ? null
                        : new QuestionDefinition.Warning(q.getPolicyWarning().getAnswers(), q.getPolicyWarning().getMessage()),
                rules);
    }

    static QuestionnaireTemplateSummary summary(QuestionnaireTemplate t, int questionCount) {
        return new QuestionnaireTemplateSummary(t.id(), t.name(), t.version(), t.status(), t.builtin(), questionCount,
                t.createdAt().atOffset(ZoneOffset.UTC)).description(t.description());
    }

    static io.tollgate.api.model.QuestionnaireTemplate toApi(Questionnaire questionnaire) {
        QuestionnaireTemplate t = questionnaire.template();
        List<Section> sections = questionnaire.sections().stream()
                .map(s -> new Section(s.id(), s.title(), s.questions().stream().map(QuestionnaireController::toApi).toList())
                        .description(s.description()))
                .toList();
        return new io.tollgate.api.model.QuestionnaireTemplate(t.id(), t.name(), t.version(), t.status(), t.builtin(),
                questionnaire.questions().size(), t.createdAt().atOffset(ZoneOffset.UTC), sections).description(t.description());
    }

    private static Question toApi(QuestionDefinition q) {
        return new Question(q.key(), q.text(), q.type(), options(q), controls(q.rules()), q.id())
                .helpText(q.helpText())
                .required(q.required())
                .showWhen(condition(q.showWhen()))
                .policyWarning(warning(q.warning()));
    }

    private static QuestionnaireTemplateInput toApi(QuestionnaireService.TemplateInput input) {
        List<SectionInput> sections = input.sections().stream().map(s -> new SectionInput(s.title(), s.questions().stream()
                        .map(q -> new QuestionFields(q.key(), q.text(), q.type())
                                .helpText(q.helpText())
                                .required(q.required())
                                .options(q.options().isEmpty() ? null : q.options().stream()
                                        .map(o -> new QuestionOption(o.value(), o.label())).toList())
                                .showWhen(condition(q.showWhen()))
                                .policyWarning(warning(q.warning()))
                                .controls(q.rules().isEmpty() ? null : controls(q.rules())))
                        .toList()).description(s.description()))
                .toList();
        return new QuestionnaireTemplateInput(input.name(), sections).version(input.version()).description(input.description())
                .status(input.status());
    }

    static List<QuestionOption> options(QuestionDefinition q) {
        return q.options().stream().map(o -> new QuestionOption(o.value(), o.label())).toList();
    }

    static QuestionCondition condition(QuestionDefinition.Condition c) {
        return c == null ? null : new QuestionCondition(c.questionKey(), c.answers());
    }

    static PolicyWarning warning(QuestionDefinition.Warning w) {
        return w == null ? null : new PolicyWarning(w.answers(), w.message());
    }

    private static List<ControlMappingRules> controls(List<QuestionDefinition.Rule> rules) {
        Map<String, List<ControlRule>> byControl = new LinkedHashMap<>();
        for (QuestionDefinition.Rule r : rules) {
            byControl.computeIfAbsent(r.controlCode(), k -> new ArrayList<>())
                    .add(new ControlRule(r.answers()).status(r.status()).evidence(r.evidence()));
        }
        return byControl.entrySet().stream().map(e -> new ControlMappingRules(e.getKey(), e.getValue())).toList();
    }
}
