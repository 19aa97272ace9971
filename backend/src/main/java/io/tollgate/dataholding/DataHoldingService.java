package io.tollgate.dataholding;

import io.tollgate.audit.AuditLog;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.tollgate.api.model.DataCategoryCode;
import io.tollgate.api.model.FieldError;
import io.tollgate.common.ETags;
import io.tollgate.common.InvalidInputException;
import io.tollgate.common.NotFoundException;
import io.tollgate.common.PreconditionFailedException;
import io.tollgate.vendor.VendorRepository;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Singleton
public class DataHoldingService {
    private final DataHoldingRepository holdings;
    private final VendorRepository vendors;
    private final ApplicationEventPublisher<DataHoldingsChanged> events;
    private final AuditLog audit;

    public DataHoldingService(DataHoldingRepository holdings, VendorRepository vendors,
                              ApplicationEventPublisher<DataHoldingsChanged> events, AuditLog audit) {
        this.audit = audit;
        this.holdings = holdings;
        this.vendors = vendors;
        this.events = events;
    }

    /** The holdings and the version they were read at (the ETag). */
    public record Holdings(List<DataHolding> items, long version) {
    }

    @Transactional
    public Holdings get(long vendorId) {
        long version = vendors.findById(vendorId).orElseThrow(() -> new NotFoundException("Vendor", vendorId)).holdingsVersion();
        return new Holdings(holdings.findByVendor(vendorId), version);
    }

    /** Replaces the whole list atomically; the vendor row lock serialises concurrent replacements. */
    @Transactional
    public Holdings replace(long vendorId, @Nullable String ifMatch, List<DataHolding> requested) {
        long version = vendors.lockForHoldingsUpdate(vendorId).orElseThrow(() -> new NotFoundException("Vendor", vendorId));
        if (ifMatch != null && !ETags.matches(ifMatch, version)) {
            throw new PreconditionFailedException("The data holdings of vendor " + vendorId
                    + " have changed since they were read (current ETag " + ETags.of(version) + ").");
        }
        rejectRepeatedCategories(requested);
        List<DataHolding> before = holdings.findByVendor(vendorId);
        // Rows are changed in place, removed and added by primary key, never by "DELETE ... WHERE vendor_id": that
        // range delete gap-locks the unique (vendor_id, data_category) index, and two vendors replacing their
        // holdings at once then deadlocked on each other's inserts.
        Map<DataCategoryCode, DataHolding> existing = new HashMap<>();
        before.forEach(h -> existing.put(h.dataCategory(), h));
        List<DataHolding> toSave = new ArrayList<>();
        List<DataHolding> toInsert = new ArrayList<>();
        for (DataHolding h : requested) {
            DataHolding current = existing.remove(h.dataCategory());
            DataHolding row = new DataHolding(current == null ? null : current.id(), vendorId, h.dataCategory(),
                    h.recordCount(), h.accessType(), h.regions() == null ? List.of() : h.regions(), h.vulnerableSubjects());
            toSave.add(row);
            if (current == null) {
                toInsert.add(row);
            } else if (!row.equals(current)) {
                holdings.update(row);
            }
        }
        existing.values().forEach(holdings::delete);
        if (!toInsert.isEmpty()) {
            holdings.saveAll(toInsert);
        }
        long people = toSave.stream().mapToLong(DataHolding::recordCount).max().orElse(0);
        vendors.updateHoldingSummary(vendorId, people, toSave.size());
        events.publishEvent(new DataHoldingsChanged(vendorId));
        Holdings after = new Holdings(holdings.findByVendor(vendorId), version + 1);
        audit.record("vendor.data-holdings.replace", "vendor", vendorId, Map.of("items", before, "version", version), after);
        return after;
    }

    private static void rejectRepeatedCategories(List<DataHolding> requested) {
        Map<Object, Integer> firstIndex = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            Integer first = firstIndex.putIfAbsent(requested.get(i).dataCategory(), i);
            if (first != null) {
                errors.add(new FieldError("[" + i + "].dataCategory",
                        requested.get(i).dataCategory() + " is already listed at [" + first + "]; list each category once"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
