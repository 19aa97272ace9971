package io.tollgate.questionnaire;

import io.micronaut.core.annotation.Nullable;
import io.tollgate.api.model.ControlStatusValue;
import io.tollgate.api.model.EvidenceQuality;
import io.tollgate.api.model.FieldError;
import io.tollgate.api.model.QuestionType;
import io.tollgate.api.model.TemplateStatus;
import io.tollgate.common.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Templates as spreadsheets: one CSV row per question, sections formed by consecutive rows with the same
 * section title. Cell syntax is documented on the import operation in api/openapi.yaml.
 */
public final class TemplateCsv {
    static final String[] HEADER = {"section", "key", "type", "text", "help_text", "required", "options", "show_when",
            "warning_answers", "warning_message", "controls"};

    private TemplateCsv() {
    }

    public static String write(QuestionnaireService.TemplateInput template) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (QuestionnaireService.SectionInput section : template.sections()) {
                for (QuestionnaireService.QuestionInput q : section.questions()) {
                    printer.printRecord(section.title(), q.key(), q.type().name(), q.text(), orEmpty(q.helpText()),
                            q.required() ? "yes" : "no",
                            String.join("|", q.options().stream().map(o -> o.value() + "=" + o.label()).toList()),
                            q.showWhen() == null ? "" : q.showWhen().questionKey() + "=" + String.join("|", q.showWhen().answers()),
                            q.warning() == null ? "" : String.join("|", q.warning().answers()),
                            q.warning() == null ? "" : q.warning().message(),
                            String.join("; ", q.rules().stream().map(TemplateCsv::rule).toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static QuestionnaireService.TemplateInput read(String csv, String name, int version) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, List<QuestionnaireService.QuestionInput>> sections = new LinkedHashMap<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
            List<String> missing = Arrays.stream(HEADER).filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("header", "missing columns " + missing + "; expected " + String.join(",", HEADER));
            }
            int row = 0;
            String lastSection = null;
            for (CSVRecord record : parser) {
                row++;
                String at = "rows[" + row + "]";
                String section = record.get("section");
                if (section.isBlank()) {
                    section = lastSection == null ? "Questions" : lastSection;
                }
                lastSection = section;
                QuestionnaireService.QuestionInput question = question(record, at, errors);
                if (question != null) {
                    sections.computeIfAbsent(section, k -> new ArrayList<>()).add(question);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // commons-csv reports a malformed record while iterating, wrapped in an UncheckedIOException.
            throw new InvalidInputException("body", "not readable as CSV: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (sections.isEmpty()) {
            throw new InvalidInputException("body", "no question rows");
        }
        return new QuestionnaireService.TemplateInput(name, version, null, TemplateStatus.PUBLISHED, sections.entrySet().stream()
                .map(e -> new QuestionnaireService.SectionInput(e.getKey(), null, e.getValue())).toList());
    }

    @Nullable
    private static QuestionnaireService.QuestionInput question(CSVRecord r, String at, List<FieldError> errors) {
        int before = errors.size();
        String key = r.get("key");
        if (!key.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,49}")) {
            errors.add(new FieldError(at + ".key", "must be 1-50 letters, digits, dots, dashes or underscores"));
        }
        QuestionType type = null;
        try {
            type = QuestionType.valueOf(r.get("type").trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(at + ".type", "expected one of " + Arrays.toString(QuestionType.values())));
        }
        String text = r.get("text");
        if (text.isBlank() || text.length() > 1000) {
            errors.add(new FieldError(at + ".text", "must be 1-1000 characters"));
        }
        String required = r.get("required").toLowerCase(Locale.ROOT);
        List<QuestionDefinition.Option> options = new ArrayList<>();
        for (String part : split(r.get("options"), "\\|")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || !token(kv[0]) || kv[1].isBlank()) {
                errors.add(new FieldError(at + ".options", "'" + part + "' is not VALUE=Label"));
            } else {
                options.add(new QuestionDefinition.Option(kv[0].trim(), kv[1].trim()));
            }
        }
        QuestionDefinition.Condition condition = null;
        if (!r.get("show_when").isBlank()) {
            String[] kv = r.get("show_when").split("=", 2);
            List<String> answers = kv.length == 2 ? split(kv[1], "\\|") : List.of();
            if (kv.length != 2 || answers.isEmpty() || !answers.stream().allMatch(TemplateCsv::token)) {
                errors.add(new FieldError(at + ".show_when", "expected questionKey=ANSWER|ANSWER"));
            } else {
                condition = new QuestionDefinition.Condition(kv[0].trim(), answers);
            }
        }
        QuestionDefinition.Warning warning = null;
        List<String> warningAnswers = split(r.get("warning_answers"), "\\|");
        if (!warningAnswers.isEmpty() || !r.get("warning_message").isBlank()) {
            if (warningAnswers.isEmpty() || r.get("warning_message").isBlank() || !warningAnswers.stream().allMatch(TemplateCsv::token)) {
                errors.add(new FieldError(at + ".warning_answers", "a warning needs both answers (A|B) and a message"));
            } else {
                warning = new QuestionDefinition.Warning(warningAnswers, r.get("warning_message"));
            }
        }
        List<QuestionDefinition.Rule> rules = new ArrayList<>();
        for (String part : split(r.get("controls"), ";")) {
            QuestionDefinition.Rule rule = rule(part);
            if (rule == null) {
                errors.add(new FieldError(at + ".controls", "'" + part + "' is not CONTROL:ANSWER|ANSWER>STATUS[/EVIDENCE]"));
            } else {
                rules.add(rule);
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new QuestionnaireService.QuestionInput(key, text, r.get("help_text").isBlank() ? null : r.get("help_text"), type,
                required.equals("yes") || required.equals("true") || required.equals("y") || required.equals("1"),
                options, condition, warning, rules);
    }

    @Nullable
    private static QuestionDefinition.Rule rule(String text) {
        String[] codeRest = text.split(":", 2);
        if (codeRest.length != 2) {
            return null;
        }
        String[] answersEffect = codeRest[1].split(">", 2);
        if (answersEffect.length != 2) {
            return null;
        }
        List<String> answers = split(answersEffect[0], "\\|");
        String[] statusEvidence = answersEffect[1].split("/", 2);
        try {
            ControlStatusValue status = statusEvidence[0].isBlank() ? null : ControlStatusValue.valueOf(statusEvidence[0].trim());
            EvidenceQuality evidence = statusEvidence.length < 2 || statusEvidence[1].isBlank() ? null
                    : EvidenceQuality.valueOf(statusEvidence[1].trim());
            if (answers.isEmpty() || !answers.stream().allMatch(TemplateCsv::token) || (status == null && evidence == null)) {
                return null;
            }
            return new QuestionDefinition.Rule(codeRest[0].trim(), answers, status, evidence);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String rule(QuestionDefinition.Rule r) {
        return r.controlCode() + ":" + String.join("|", r.answers()) + ">" + (r.status() == null ? "" : r.status().name())
                + (r.evidence() == null ? "" : "/" + r.evidence().name());
    }

    private static boolean token(String value) {
        return value.trim().matches("[A-Z0-9_]{1,50}");
    }

    private static List<String> split(String cell, String separator) {
        return cell == null || cell.isBlank() ? List.of()
                : Arrays.stream(cell.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
