package io.tollgate.questionnaire;

import io.tollgate.audit.AuditLog;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.tollgate.api.model.ControlStatusValue;
import io.tollgate.api.model.EvidenceQuality;
import io.tollgate.api.model.FieldError;
import io.tollgate.api.model.QuestionType;
import io.tollgate.api.model.TemplateStatus;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import io.tollgate.common.ConflictException;
import io.tollgate.common.InvalidInputException;
import io.tollgate.common.NotFoundException;
import io.tollgate.common.Values;
import io.tollgate.control.ControlRepository;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Singleton
public class QuestionnaireService {
    private final QuestionnaireRepository templates;
    private final QuestionnaireRepository.Sections sections;
    private final QuestionnaireRepository.Questions questions;
    private final QuestionnaireRepository.Rules rules;
    private final ControlRepository controls;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;

    /**
     * A template is never changed once created (a new version is a new template, and nothing updates or deletes
     * one), so what an instance has read stays true and no other instance can make it stale. The portal reads its
     * assessment's questionnaire on every autosave; this saves four queries each time.
     */
    private final Cache<Long, Questionnaire> loaded = Caffeine.newBuilder().maximumSize(1_000).build();

    public QuestionnaireService(QuestionnaireRepository templates, QuestionnaireRepository.Sections sections,
                                QuestionnaireRepository.Questions questions, QuestionnaireRepository.Rules rules,
                                ControlRepository controls, JsonMapper json, Clock clock, AuditLog audit,
                                TransactionOperations<Connection> transactions) {
        this.audit = audit;
        this.transactions = transactions;
        this.templates = templates;
        this.sections = sections;
        this.questions = questions;
        this.rules = rules;
        this.controls = controls;
        this.json = json;
        this.clock = clock;
    }

    /** What a client sends to create (or import) a template; the same shape is exported. */
    public record TemplateInput(String name, int version, @Nullable String description, TemplateStatus status,
                                List<SectionInput> sections) {
    }

    public record SectionInput(String title, @Nullable String description, List<QuestionInput> questions) {
    }

    public record QuestionInput(String key, String text, @Nullable String helpText, QuestionType type, boolean required,
                                List<QuestionDefinition.Option> options, @Nullable QuestionDefinition.Condition showWhen,
                                @Nullable QuestionDefinition.Warning warning, List<QuestionDefinition.Rule> rules) {
    }

    public record Summary(QuestionnaireTemplate template, int questionCount) {
    }

    @Transactional
    public List<Summary> list() {
        Map<Long, Integer> counts = templates.countQuestions().stream()
                .collect(Collectors.toMap(QuestionnaireRepository.QuestionCount::templateId,
                        QuestionnaireRepository.QuestionCount::questionCount));
        return templates.findAllOrdered().stream().map(t -> new Summary(t, counts.getOrDefault(t.id(), 0))).toList();
    }

    /** The template with its sections, questions and rules. */
    public Questionnaire get(long id) {
        Questionnaire cached = loaded.getIfPresent(id);
        if (cached != null) {
            return cached;
        }
        Questionnaire questionnaire = load(id);
        // Inside a transaction the template may be one it created and has not committed: kept only once it has.
        Optional<? extends TransactionStatus<?>> transaction = transactions.findTransactionStatus();
        if (transaction.isEmpty()) {
            loaded.put(id, questionnaire);
        } else {
            try {
                transaction.get().registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        loaded.put(id, questionnaire);
                    }
                });
            } catch (UnsupportedOperationException e) {
                // Not kept: read again next time.
            }
        }
        return questionnaire;
    }

    @Transactional
    Questionnaire load(long id) {
        QuestionnaireTemplate template = templates.findById(id).orElseThrow(() -> new NotFoundException("Questionnaire template", id));
        Map<Long, List<QuestionDefinition.Rule>> rulesByQuestion = new HashMap<>();
        for (QuestionnaireControlRule r : rules.findByTemplate(id)) {
            rulesByQuestion.computeIfAbsent(r.questionId(), k -> new ArrayList<>()).add(new QuestionDefinition.Rule(r.controlCode(),
                    strings(r.answers()), r.controlStatus() == null ? null : ControlStatusValue.valueOf(r.controlStatus()),
                    r.evidenceQuality() == null ? null : EvidenceQuality.valueOf(r.evidenceQuality())));
        }
        Map<Long, List<QuestionDefinition>> bySection = new LinkedHashMap<>();
        for (QuestionnaireQuestion q : questions.findByTemplateOrdered(id)) {
            bySection.computeIfAbsent(q.sectionId(), k -> new ArrayList<>())
                    .add(toDefinition(q, List.copyOf(rulesByQuestion.getOrDefault(q.id(), List.of()))));
        }
        // Unmodifiable throughout: one instance is shared by every caller.
        List<Questionnaire.SectionDefinition> sectionList = sections.findByTemplateIdOrderByPosition(id).stream()
                .map(s -> new Questionnaire.SectionDefinition(s.id(), s.title(), s.description(),
                        List.copyOf(bySection.getOrDefault(s.id(), List.of()))))
                .toList();
        return new Questionnaire(template, sectionList);
    }

    @Transactional
    public Questionnaire create(TemplateInput input, boolean builtin) {
        validate(input);
        String name = input.name().trim();
        templates.findIdByNameAndVersion(name, input.version()).ifPresent(other -> {
            throw new ConflictException("A template named '" + name + "' with version " + input.version()
                    + " already exists (id " + other + "). Import it under a new version.");
        });
        QuestionnaireTemplate template = templates.save(new QuestionnaireTemplate(null, name, input.version(),
                Values.blankToNull(input.description()), input.status(), builtin, Values.now(clock)));
        for (int s = 0; s < input.sections().size(); s++) {
            SectionInput section = input.sections().get(s);
            QuestionnaireSection savedSection = sections.save(new QuestionnaireSection(null, template.id(), s,
                    section.title().trim(), Values.blankToNull(section.description())));
            for (int q = 0; q < section.questions().size(); q++) {
                QuestionInput question = section.questions().get(q);
                QuestionnaireQuestion saved = questions.save(new QuestionnaireQuestion(null, template.id(), savedSection.id(), q,
                        question.key(), question.text().trim(), Values.blankToNull(question.helpText()), question.type(), question.required(),
                        question.options().isEmpty() ? null : write(question.options()),
                        question.showWhen() == null ? null : question.showWhen().questionKey(),
                        question.showWhen() == null ? null : write(question.showWhen().answers()),
                        question.warning() == null ? null : question.warning().message().trim(),
                        question.warning() == null ? null : write(question.warning().answers())));
                Map<String, Integer> positions = new HashMap<>();
                for (QuestionDefinition.Rule rule : question.rules()) {
                    int position = positions.merge(rule.controlCode(), 1, Integer::sum) - 1;
                    rules.save(new QuestionnaireControlRule(null, saved.id(), rule.controlCode(), position, write(rule.answers()),
                            rule.status() == null ? null : rule.status().name(), rule.evidence() == null ? null : rule.evidence().name()));
                }
            }
        }
        Questionnaire created = load(template.id());
        audit.record("questionnaire-template.create", "questionnaire-template", template.id(), null, created);
        return created;
    }

    /** The template as a create/import document: keys instead of ids. */
    public TemplateInput export(Questionnaire questionnaire) {
        QuestionnaireTemplate t = questionnaire.template();
        return new TemplateInput(t.name(), t.version(), t.description(), t.status(), questionnaire.sections().stream()
                .map(s -> new SectionInput(s.title(), s.description(), s.questions().stream()
                        .map(q -> new QuestionInput(q.key(), q.text(), q.helpText(), q.type(), q.required(), q.options(), q.showWhen(),
                                q.warning(), q.rules()))
                        .toList()))
                .toList());
    }

    private void validate(TemplateInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.name().isBlank()) {
            errors.add(new FieldError("name", "must not be blank"));
        }
        Map<String, QuestionInput> earlier = new HashMap<>();
        Set<String> codes = new HashSet<>();
        input.sections().forEach(s -> s.questions().forEach(q -> q.rules().forEach(r -> codes.add(r.controlCode()))));
        Set<String> knownCodes = codes.isEmpty() ? Set.of() : new HashSet<>(controls.findExistingCodes(codes));
        for (int s = 0; s < input.sections().size(); s++) {
            SectionInput section = input.sections().get(s);
            if (section.title().isBlank()) {
                errors.add(new FieldError("sections[" + s + "].title", "must not be blank"));
            }
            for (int i = 0; i < section.questions().size(); i++) {
                QuestionInput q = section.questions().get(i);
                String at = "sections[" + s + "].questions[" + i + "]";
                validateQuestion(q, at, earlier, knownCodes, errors);
                if (earlier.containsKey(q.key())) {
                    errors.add(new FieldError(at + ".key", "'" + q.key() + "' is already used by another question; keys are unique in a template"));
                } else {
                    earlier.put(q.key(), q);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void validateQuestion(QuestionInput q, String at, Map<String, QuestionInput> earlier, Set<String> knownCodes,
                                         List<FieldError> errors) {
        boolean choice = q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTI_CHOICE;
        if (q.text().isBlank()) {
            errors.add(new FieldError(at + ".text", "must not be blank"));
        }
        if (choice && q.options().isEmpty()) {
            errors.add(new FieldError(at + ".options", "a " + q.type() + " question needs at least one option"));
        }
        if (!choice && !q.options().isEmpty()) {
            errors.add(new FieldError(at + ".options", "only SINGLE_CHOICE and MULTI_CHOICE questions have options"));
        }
        Set<String> seen = new HashSet<>();
        for (int o = 0; o < q.options().size(); o++) {
            if (!seen.add(q.options().get(o).value())) {
                errors.add(new FieldError(at + ".options[" + o + "].value", "repeats an earlier option"));
            }
        }
        List<String> allowed = QuestionDefinition.allowedTokens(q.type(), q.options().stream().map(QuestionDefinition.Option::value).toList());
        if (q.showWhen() != null) {
            QuestionInput target = earlier.get(q.showWhen().questionKey());
            if (target == null) {
                errors.add(new FieldError(at + ".showWhen.questionKey", "must name an earlier question of this template"));
            } else {
                List<String> targetTokens = QuestionDefinition.allowedTokens(target.type(),
                        target.options().stream().map(QuestionDefinition.Option::value).toList());
                if (targetTokens.isEmpty()) {
                    errors.add(new FieldError(at + ".showWhen.questionKey", "a condition can only refer to a yes/no, choice or file question"));
                } else {
                    unknownTokens(q.showWhen().answers(), targetTokens, at + ".showWhen.answers", errors);
                }
            }
        }
        if (q.warning() != null) {
            if (allowed.isEmpty() || q.type() == QuestionType.FILE) {
                errors.add(new FieldError(at + ".policyWarning", "only yes/no and choice questions can warn"));
            } else {
                unknownTokens(q.warning().answers(), allowed, at + ".policyWarning.answers", errors);
            }
        }
        if (!q.rules().isEmpty() && allowed.isEmpty()) {
            errors.add(new FieldError(at + ".controls", "a " + q.type() + " answer cannot set a control status; map yes/no, choice or file questions"));
            return;
        }
        Set<String> reported = new HashSet<>();
        for (int r = 0; r < q.rules().size(); r++) {
            QuestionDefinition.Rule rule = q.rules().get(r);
            if (!knownCodes.contains(rule.controlCode()) && reported.add(rule.controlCode())) {
                errors.add(new FieldError(at + ".controls", "no control with code " + rule.controlCode()));
            }
            unknownTokens(rule.answers(), allowed, at + ".controls(" + rule.controlCode() + ").rules", errors);
            if (rule.status() == null && rule.evidence() == null) {
                errors.add(new FieldError(at + ".controls(" + rule.controlCode() + ").rules", "a rule sets a status, an evidence quality or both"));
            }
        }
    }

    private static void unknownTokens(List<String> tokens, List<String> allowed, String field, List<FieldError> errors) {
        List<String> unknown = tokens.stream().filter(t -> !allowed.contains(t)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError(field, "unknown answers " + unknown + "; expected some of " + allowed));
        }
    }

    private QuestionDefinition toDefinition(QuestionnaireQuestion q, List<QuestionDefinition.Rule> questionRules) {
        List<QuestionDefinition.Option> options = q.options() == null ? List.of() : read(q.options(),
                Argument.listOf(QuestionDefinition.Option.class));
        QuestionDefinition.Condition condition = q.conditionQuestionKey() == null ? null
                : new QuestionDefinition.Condition(q.conditionQuestionKey(), strings(q.conditionAnswers()));
        QuestionDefinition.Warning warning = q.warningMessage() == null ? null
                : new QuestionDefinition.Warning(strings(q.warningAnswers()), q.warningMessage());
        return new QuestionDefinition(q.id(), q.sectionId(), q.questionKey(), q.text(), q.helpText(), q.type(), q.required(),
                options, condition, warning, questionRules);
    }

    private List<String> strings(@Nullable String jsonArray) {
        return jsonArray == null ? List.of() : read(jsonArray, Argument.listOf(String.class));
    }

    private <T> T read(String value, Argument<T> type) {
        try {
            return json.readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
