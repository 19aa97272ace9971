package io.tollgate.dashboard;

import io.micronaut.data.model.Page;
import io.tollgate.api.model.VendorSort;
import io.tollgate.vendor.VendorDetails;
import io.tollgate.vendor.VendorFilter;
import io.tollgate.vendor.VendorService;
import io.tollgate.vendor.Vendor;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The vendor register with current scores and reassessment dates as CSV, filtered and sorted like the list. */
@Singleton
public class VendorRegisterCsv {
    static final String[] HEADER = {"id", "name", "website", "category", "tier", "status", "business_owner",
            "security_contact", "total_records", "data_categories", "score", "grade", "residual_risk",
            "last_assessed_on", "reassessment_due", "next_review_date", "external_id"};
    private static final int PAGE = 1000;

    private final VendorService vendors;
    private final DashboardRepository dashboard;

    public VendorRegisterCsv(VendorService vendors, DashboardRepository dashboard) {
        this.vendors = vendors;
        this.dashboard = dashboard;
    }

    public String export(VendorFilter filter, VendorSort sort) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (int page = 0; ; page++) {
                Page<VendorDetails> chunk = vendors.list(filter, page, PAGE, sort);
                List<Long> ids = chunk.getContent().stream().map(d -> d.vendor().id()).toList();
                Map<Long, DashboardRepository.RegisterExtra> extras = ids.isEmpty() ? Map.of()
                        : dashboard.registerExtras(ids).stream()
                        .collect(Collectors.toMap(DashboardRepository.RegisterExtra::vendorId, Function.identity()));
                for (VendorDetails details : chunk.getContent()) {
                    Vendor v = details.vendor();
                    DashboardRepository.RegisterExtra x = extras.get(v.id());
                    printer.printRecord(v.id(), safe(v.name()), safe(v.website()), v.category().getValue(),
                            v.tier().getValue(), v.status().getValue(), safe(v.businessOwner()), safe(v.securityContact()),
                            v.totalRecords(), v.dataCategoryCount(),
                            x == null ? null : x.score(), x == null ? null : x.grade(),
                            x == null ? null : x.residualRisk(), x == null ? null : x.lastAssessedOn(),
                            x == null ? null : x.reassessmentDue(), v.nextReviewDate(), safe(v.externalId()));
                }
                if (chunk.getContent().size() < PAGE) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A text cell a spreadsheet would evaluate as a formula (=, +, -, @, tab, carriage return first) gets a leading
     * apostrophe (OWASP "CSV injection"). commons-csv only quotes; it does not neutralise formulas.
     */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
