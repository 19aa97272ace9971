package io.tollgate.vendor;

import io.micronaut.data.model.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.tollgate.api.VendorsApi;
import io.tollgate.api.model.PlatformRef;
import io.tollgate.api.model.VendorCategory;
import io.tollgate.api.model.VendorCreate;
import io.tollgate.api.model.VendorPage;
import io.tollgate.api.model.VendorSort;
import io.tollgate.api.model.VendorStatus;
import io.tollgate.api.model.VendorTier;
import io.tollgate.api.model.VendorUpdate;
import io.tollgate.api.model.ExportVendorsFormatParameter;
import io.tollgate.api.model.VendorImportDocument;
import io.tollgate.api.model.VendorImportReport;
import io.tollgate.api.model.VendorImportRow;
import io.tollgate.common.ETags;
import io.tollgate.integration.importexport.VendorImportService;
import io.tollgate.security.Role;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class VendorController implements VendorsApi {
    private final VendorService vendors;
    private final VendorImportService imports;

    public VendorController(VendorService vendors, VendorImportService imports) {
        this.vendors = vendors;
        this.imports = imports;
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public VendorImportReport importVendors(VendorImportDocument body, Boolean dryRun) {
        return imports.importRows(body.getVendors(), Boolean.TRUE.equals(dryRun));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public VendorImportReport importVendors_1(Boolean dryRun, String body) {
        return imports.importCsv(body == null ? "" : body, Boolean.TRUE.equals(dryRun));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    @SuppressWarnings({"unchecked", "rawtypes"})
    public HttpResponse<VendorImportDocument> exportVendors(ExportVendorsFormatParameter format) {
        List<VendorImportRow> rows = imports.export();
        if (format == ExportVendorsFormatParameter.CSV) {
            // The generated signature names the JSON body type only; the CSV variant of the same operation is a String.
            return (HttpResponse) HttpResponse.ok(imports.csv(rows)).contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"vendors.csv\"");
        }
        return HttpResponse.ok(new VendorImportDocument(rows))
                .header("Content-Disposition", "attachment; filename=\"vendors.json\"");
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public VendorPage listVendors(Integer page, Integer size, String q, VendorCategory category, VendorTier tier,
                                  VendorStatus status, Long platformId, VendorSort sort) {
        Page<VendorDetails> result = vendors.list(new VendorFilter(q, category, tier, status, platformId), page, size, sort);
        return new VendorPage(result.getContent().stream().map(VendorController::toApi).toList(),
                page, size, result.getTotalSize(), result.getTotalPages());
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public HttpResponse<io.tollgate.api.model.Vendor> createVendor(VendorCreate body, String idempotencyKey) {
        VendorDetails created = vendors.create(new VendorService.VendorInput(body.getName(), body.getWebsite(),
                body.getCategory(), body.getTier(), body.getStatus(), body.getDescription(), body.getServices(),
                body.getBusinessOwner(), body.getSecurityContact(), body.getPlatformIds(), body.getNextReviewDate(),
                body.getExternalId(), body.getAliases()));
        return HttpResponse.created(toApi(created), URI.create("/api/v1/vendors/" + created.vendor().id()))
                .header("ETag", ETags.of(created.vendor().version()));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public HttpResponse<io.tollgate.api.model.Vendor> getVendor(Long vendorId) {
        VendorDetails details = vendors.get(vendorId);
        return HttpResponse.ok(toApi(details)).header("ETag", ETags.of(details.vendor().version()));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public HttpResponse<io.tollgate.api.model.Vendor> updateVendor(Long vendorId, VendorUpdate body, String ifMatch) {
        VendorDetails updated = vendors.update(vendorId, body.getVersion(), ifMatch, new VendorService.VendorInput(
                body.getName(), body.getWebsite(), body.getCategory(), body.getTier(), body.getStatus(),
                body.getDescription(), body.getServices(), body.getBusinessOwner(), body.getSecurityContact(),
                body.getPlatformIds(), body.getNextReviewDate(), body.getExternalId(), body.getAliases()));
        return HttpResponse.ok(toApi(updated)).header("ETag", ETags.of(updated.vendor().version()));
    }

    @Override
    @Secured({Role.ADMIN_NAME})
    public HttpResponse<Void> deleteVendor(Long vendorId) {
        vendors.delete(vendorId);
        return HttpResponse.noContent();
    }

    static io.tollgate.api.model.Vendor toApi(VendorDetails details) {
        Vendor v = details.vendor();
        return new io.tollgate.api.model.Vendor(v.id(), v.name(), v.website(), v.category(), v.tier(), v.status(),
                v.services() == null ? List.of() : v.services(), refs(details.platforms()), refs(details.usedBy()),
                details.usedByCount(), v.totalRecords(), v.dataCategoryCount(), v.version(),
                v.createdAt().atOffset(ZoneOffset.UTC), v.updatedAt().atOffset(ZoneOffset.UTC))
                .description(v.description())
                .businessOwner(v.businessOwner())
                .securityContact(v.securityContact())
                .nextReviewDate(v.nextReviewDate())
                .externalId(v.externalId())
                .aliases(details.aliases());
    }

    private static List<PlatformRef> refs(List<VendorLink> links) {
        return links.stream().map(l -> new PlatformRef(l.id(), l.name(), l.category())).toList();
    }
}
