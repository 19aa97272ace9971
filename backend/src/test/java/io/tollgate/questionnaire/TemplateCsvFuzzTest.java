package io.tollgate.questionnaire;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tollgate.common.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Template spreadsheets come from outside (analysts' own files), so any text must either import or be refused
 * with field errors (422), never with another exception (which would be a 500), and whatever imports must
 * export to a CSV that imports as the same template.
 */
class TemplateCsvFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void csvImportParsesOrRejectsWithFieldErrors(byte[] input) {
        String csv = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        QuestionnaireService.TemplateInput template;
        try {
            template = TemplateCsv.read(csv, "Fuzzed template", 1);
        } catch (InvalidInputException refused) {
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.errors()).isNotEmpty()
                    .allSatisfy(error -> assertThat(error.getField()).isNotBlank());
            return;
        }
        assertThat(template.sections()).isNotEmpty();
        assertThat(TemplateCsv.read(TemplateCsv.write(template), "Fuzzed template", 1)).isEqualTo(template);
    }
}
