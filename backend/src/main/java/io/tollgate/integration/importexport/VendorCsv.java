package io.tollgate.integration.importexport;

import io.tollgate.api.model.VendorImportError;
import io.tollgate.api.model.VendorImportHolding;
import io.tollgate.api.model.VendorImportRow;
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
import java.util.List;
import java.util.Locale;

/**
 * The register as CSV, one row per vendor; the cell syntax of {@code services} and {@code data_holdings} is documented
 * on the import operation in api/openapi.yaml. Reading yields the same rows as the JSON format, plus the errors of
 * cells that cannot be read (they are reported with the row's other errors).
 */
final class VendorCsv {
    static final String[] HEADER = {"external_id", "name", "website", "category", "tier", "status", "description",
            "services", "business_owner", "security_contact", "next_review_date", "data_holdings"};
    static final String VULNERABLE = "vulnerable";

    private VendorCsv() {
    }

    record Parsed(List<VendorImportRow> rows, List<VendorImportError> errors) {
    }

    static Parsed read(String csv, int maxRows) {
        List<VendorImportRow> rows = new ArrayList<>();
        List<VendorImportError> errors = new ArrayList<>();
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            List<String> missing = Arrays.stream(HEADER).filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
            if (!missing.isEmpty()) {
                throw new MalformedFileException("header", "The CSV header lacks the columns " + missing + "; expected "
                        + String.join(",", HEADER) + ".");
            }
            for (CSVRecord record : parser) {
                if (rows.size() == maxRows) {
                    throw new MalformedFileException("rows", "The file has more than " + maxRows + " rows; split it.");
                }
                int row = rows.size() + 1;
                if (!record.isConsistent()) {
                    errors.add(new VendorImportError(row, "row", "has " + record.size() + " cells; the header has "
                            + HEADER.length));
                }
                rows.add(new VendorImportRow()
                        .externalId(cell(record, "external_id"))
                        .name(cell(record, "name"))
                        .website(cell(record, "website"))
                        .category(cell(record, "category"))
                        .tier(cell(record, "tier"))
                        .status(cell(record, "status"))
                        .description(cell(record, "description"))
                        .services(list(cell(record, "services")))
                        .businessOwner(cell(record, "business_owner"))
                        .securityContact(cell(record, "security_contact"))
                        .nextReviewDate(cell(record, "next_review_date"))
                        .dataHoldings(holdings(cell(record, "data_holdings"), row, errors)));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // IllegalArgumentException: commons-csv's refusal of a header with a blank or repeated name
            throw new MalformedFileException("file", "The file is not valid CSV (RFC 4180): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : abbreviate(e.getMessage())));
        }
        return new Parsed(rows, errors);
    }

    static String write(List<VendorImportRow> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (VendorImportRow r : rows) {
                printer.printRecord(orEmpty(r.getExternalId()), r.getName(), r.getWebsite(), r.getCategory(), r.getTier(),
                        r.getStatus(), orEmpty(r.getDescription()), String.join("|", r.getServices() == null ? List.of() : r.getServices()),
                        orEmpty(r.getBusinessOwner()), orEmpty(r.getSecurityContact()), orEmpty(r.getNextReviewDate()),
                        String.join("; ", (r.getDataHoldings() == null ? List.<VendorImportHolding>of() : r.getDataHoldings())
                                .stream().map(VendorCsv::holding).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String holding(VendorImportHolding h) {
        StringBuilder s = new StringBuilder(h.getDataCategory()).append(':').append(h.getRecordCount()).append(':')
                .append(h.getAccessType());
        List<String> regions = h.getRegions() == null ? List.of() : h.getRegions();
        boolean vulnerable = Boolean.TRUE.equals(h.getVulnerableSubjects());
        if (!regions.isEmpty() || vulnerable) {
            s.append(':').append(String.join("|", regions));
        }
        if (vulnerable) {
            s.append(':').append(VULNERABLE);
        }
        return s.toString();
    }

    private static List<VendorImportHolding> holdings(String cell, int row, List<VendorImportError> errors) {
        List<VendorImportHolding> result = new ArrayList<>();
        if (cell == null) {
            return result;
        }
        String[] entries = cell.split(";");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            if (entry.isEmpty()) {
                continue;
            }
            String field = "dataHoldings[" + i + "]";
            String[] parts = entry.split(":", -1);
            if (parts.length < 3 || parts.length > 5) {
                errors.add(new VendorImportError(row, field, "'" + abbreviate(entry)
                        + "' is not CATEGORY:RECORDS:ACCESS_TYPE[:REGION|REGION][:vulnerable]"));
                continue;
            }
            VendorImportHolding h = new VendorImportHolding().dataCategory(parts[0].trim()).accessType(parts[2].trim())
                    .regions(new ArrayList<>()).vulnerableSubjects(false);
            try {
                h.recordCount(Long.parseLong(parts[1].trim().replace("_", "")));
            } catch (NumberFormatException e) {
                errors.add(new VendorImportError(row, field + ".recordCount", "'" + abbreviate(parts[1].trim())
                        + "' is not a whole number"));
                continue;
            }
            for (int p = 3; p < parts.length; p++) {
                String part = parts[p].trim();
                if (part.toLowerCase(Locale.ROOT).equals(VULNERABLE)) {
                    h.vulnerableSubjects(true);
                } else if (p == 3) {
                    h.regions(list(part));
                } else if (!part.isEmpty()) {
                    errors.add(new VendorImportError(row, field + ".vulnerableSubjects", "'" + abbreviate(part)
                            + "' should be 'vulnerable' or nothing"));
                }
            }
            result.add(h);
        }
        return result;
    }

    private static String cell(CSVRecord record, String column) {
        if (!record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> list(String cell) {
        List<String> items = new ArrayList<>();
        if (cell != null) {
            for (String s : cell.split("\\|")) {
                if (!s.isBlank()) {
                    items.add(s.trim());
                }
            }
        }
        return items;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
