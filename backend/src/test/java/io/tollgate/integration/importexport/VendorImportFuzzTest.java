package io.tollgate.integration.importexport;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.micronaut.serde.ObjectMapper;
import io.tollgate.api.model.VendorImportDocument;
import io.tollgate.api.model.VendorImportError;
import io.tollgate.api.model.VendorImportRow;
import io.tollgate.common.DomainException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import files come from other systems (a CMDB's export, a spreadsheet). Any file must be read into rows whose
 * every field is checked, or be refused as a whole with 400 and a field error; any other exception would be a 500.
 * The checks here are the import's own, without the database look-ups (matching by external id or name).
 */
class VendorImportFuzzTest {
    private static final ObjectMapper JSON = ObjectMapper.getDefault();

    @FuzzTest(maxDuration = "60s")
    void csvImportReadsEveryRowOrRefusesTheFile(byte[] input) {
        VendorCsv.Parsed parsed;
        try {
            parsed = VendorCsv.read(new String(input, StandardCharsets.UTF_8), VendorImportService.MAX_ROWS);
        } catch (MalformedFileException refused) {
            assertRefusal(refused);
            return;
        }
        assertThat(parsed.rows()).hasSizeLessThanOrEqualTo(VendorImportService.MAX_ROWS);
        check(parsed.rows(), new ArrayList<>(parsed.errors()));
    }

    @FuzzTest(maxDuration = "60s")
    void jsonImportReadsEveryRowOrRefusesTheFile(byte[] input) {
        VendorImportDocument document;
        try {
            document = JSON.readValue(input, VendorImportDocument.class);
        } catch (IOException refused) {
            // The server answers 400 "not valid JSON" or "does not match the expected structure" (RequestErrorHandlers).
            return;
        }
        if (document == null || document.getVendors() == null) {
            return; // the contract requires vendors: Bean Validation answers 422 before the import runs
        }
        if (document.getVendors().size() > VendorImportService.MAX_ROWS) {
            return; // refused by importRows with 400 before any row is read
        }
        check(document.getVendors(), new ArrayList<>());
    }

    /** Runs the import's per-row checks; every problem must be a field error of an existing row. */
    private static void check(List<VendorImportRow> rows, List<VendorImportError> errors) {
        for (int i = 0; i < rows.size(); i++) {
            VendorImportRow row = rows.get(i);
            if (row == null) {
                continue; // the import reports a null row as that row's error before these checks
            }
            VendorImportService.Errors e = new VendorImportService.Errors(i + 1, errors);
            VendorImportService.input(row, null, List.of(), e);
            VendorImportService.holdings(row.getDataHoldings(), e);
        }
        assertThat(errors).allSatisfy(error -> {
            assertThat(error.getRow()).isBetween(1, Math.max(1, rows.size()));
            assertThat(error.getField()).isNotBlank();
            assertThat(error.getMessage()).isNotBlank();
        });
    }

    private static void assertRefusal(DomainException refused) {
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.getField()).isNotBlank());
    }
}
