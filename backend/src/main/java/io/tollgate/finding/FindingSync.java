package io.tollgate.finding;

import io.micronaut.runtime.event.annotation.EventListener;
import io.tollgate.control.VendorControlsChanged;
import jakarta.inject.Singleton;

/**
 * Keeps findings in step with control statuses. {@link VendorControlsChanged} is published inside the
 * transaction that changed the statuses and a plain (synchronous) listener runs right there, so the findings
 * change in the same transaction: a status change and its findings commit or roll back together.
 */
@Singleton
public class FindingSync {
    private final FindingService findings;

    public FindingSync(FindingService findings) {
        this.findings = findings;
    }

    @EventListener
    void onVendorControlsChanged(VendorControlsChanged event) {
        findings.sync(event.vendorId());
    }
}
