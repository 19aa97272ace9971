package io.tollgate.dataholding;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.tollgate.api.DataHoldingsApi;
import io.tollgate.api.ReferenceApi;
import io.tollgate.common.ETags;
import io.tollgate.common.ListBodyValidator;
import io.tollgate.security.Role;

import java.util.List;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class DataHoldingController implements DataHoldingsApi, ReferenceApi {
    private final DataHoldingService holdings;
    private final DataCategoryRepository categories;
    private final ListBodyValidator listValidator;

    public DataHoldingController(DataHoldingService holdings, DataCategoryRepository categories,
                                 ListBodyValidator listValidator) {
        this.holdings = holdings;
        this.listValidator = listValidator;
        this.categories = categories;
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public HttpResponse<List<io.tollgate.api.model.DataHolding>> getDataHoldings(Long vendorId) {
        return respond(holdings.get(vendorId));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    public HttpResponse<List<io.tollgate.api.model.DataHolding>> replaceDataHoldings(
            Long vendorId, List<io.tollgate.api.model.DataHolding> body, String ifMatch) {
        listValidator.validateEach(body);
        List<DataHolding> requested = body.stream()
                .map(h -> new DataHolding(null, vendorId, h.getDataCategory(), h.getRecordCount(), h.getAccessType(),
                        h.getRegions() == null ? List.of() : List.copyOf(h.getRegions()),
                        Boolean.TRUE.equals(h.getVulnerableSubjects())))
                .toList();
        return respond(holdings.replace(vendorId, ifMatch, requested));
    }

    @Override
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.VIEWER_NAME})
    public List<io.tollgate.api.model.DataCategory> listDataCategories() {
        return categories.findAllOrderBySortOrder().stream()
                .map(c -> new io.tollgate.api.model.DataCategory(c.code(), c.label(), c.sensitivityWeight().doubleValue(),
                        c.enisaClass(), c.description()))
                .toList();
    }

    private static HttpResponse<List<io.tollgate.api.model.DataHolding>> respond(DataHoldingService.Holdings result) {
        List<io.tollgate.api.model.DataHolding> items = result.items().stream()
                .map(h -> new io.tollgate.api.model.DataHolding(h.dataCategory(), h.recordCount(), h.accessType())
                        .regions(h.regions() == null ? new java.util.LinkedHashSet<>() : new java.util.LinkedHashSet<>(h.regions()))
                        .vulnerableSubjects(h.vulnerableSubjects()))
                .toList();
        return HttpResponse.ok(items).header("ETag", ETags.of(result.version()));
    }
}
