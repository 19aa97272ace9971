package io.tollgate.vendor;

import java.util.List;

/**
 * A vendor with its other names and its neighbours in the supply-chain graph, as the API shows it: all its platforms, and the first
 * {@link #USED_BY_SHOWN} vendors by name that use it out of {@code usedByCount}.
 */
public record VendorDetails(Vendor vendor, List<String> aliases, List<VendorLink> platforms, List<VendorLink> usedBy,
                            long usedByCount) {
    /** The contract's cap on {@code usedBy}: a platform like Salesforce is used by a third of a large portfolio. */
    public static final int USED_BY_SHOWN = 100;
}
