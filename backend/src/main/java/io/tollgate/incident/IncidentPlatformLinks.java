package io.tollgate.incident;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import io.tollgate.vendor.VendorChanged;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/**
 * Links incident platforms named before their vendor was registered (or given that alias) to the vendor, in the
 * vendor's own transaction, and reports each incident that gained a link, so the vendors it now exposes are
 * re-scored. A platform an analyst linked stays as it is.
 */
@Singleton
class IncidentPlatformLinks {
    private final IncidentRepository incidents;
    private final ApplicationEventPublisher<IncidentChanged> events;

    IncidentPlatformLinks(IncidentRepository incidents, ApplicationEventPublisher<IncidentChanged> events) {
        this.incidents = incidents;
        this.events = events;
    }

    @EventListener
    void onVendorChanged(VendorChanged event) {
        List<Long> linked = incidents.findUnlinkedPlatformsNaming(event.vendorId());
        if (linked.isEmpty()) {
            return;
        }
        incidents.linkPlatformsNaming(event.vendorId());
        linked.forEach(incidentId -> events.publishEvent(new IncidentChanged(incidentId, Set.of(event.vendorId()), Set.of())));
    }
}
