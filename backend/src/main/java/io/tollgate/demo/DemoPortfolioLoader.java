package io.tollgate.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.tollgate.control.VendorControlStatusService;
import io.tollgate.dataholding.DataHolding;
import io.tollgate.dataholding.DataHoldingService;
import io.tollgate.embedded.EmbeddedDatabase;
import io.tollgate.vendor.VendorDetails;
import io.tollgate.vendor.VendorRepository;
import io.tollgate.vendor.VendorService;
import jakarta.inject.Singleton;
import io.micronaut.transaction.TransactionOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills an empty embedded database with a realistic portfolio so a newcomer sees something real.
 * Only in the embedded environment: a production database never receives invented vendors.
 */
@Singleton
@Requires(env = EmbeddedDatabase.ENVIRONMENT)
public class DemoPortfolioLoader implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(DemoPortfolioLoader.class);

    private final VendorRepository vendorRepository;
    private final VendorService vendors;
    private final DataHoldingService holdings;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionOperations<?> transactions;
    private final VendorControlStatusService controlStatuses;

    public DemoPortfolioLoader(VendorRepository vendorRepository, VendorService vendors, DataHoldingService holdings,
                               JsonMapper json, Clock clock, TransactionOperations<?> transactions,
                               VendorControlStatusService controlStatuses) {
        this.transactions = transactions;
        this.controlStatuses = controlStatuses;
        this.vendorRepository = vendorRepository;
        this.vendors = vendors;
        this.holdings = holdings;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (vendorRepository.count() > 0) {
            return;
        }
        DemoPortfolio portfolio = read();
        // All or nothing: a half-loaded demo would never be completed, as the table is no longer empty.
        transactions.executeWrite(status -> {
            load(portfolio);
            return null;
        });
        LOG.info("Loaded the demo portfolio: {} vendors.", portfolio.vendors().size());
    }

    private void load(DemoPortfolio portfolio) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> idsByName = new HashMap<>();
        for (DemoPortfolio.DemoVendor v : portfolio.vendors()) {
            List<Long> platformIds = v.platforms().stream().map(name -> {
                Long id = idsByName.get(name);
                if (id == null) {
                    throw new IllegalStateException("demo vendor " + v.name() + " names platform " + name + " before it is defined");
                }
                return id;
            }).toList();
            VendorDetails created = vendors.create(new VendorService.VendorInput(v.name(), v.website(), v.category(),
                    v.tier(), v.status(), v.description(), v.services(), v.businessOwner(), v.securityContact(),
                    platformIds, v.reviewInDays() == null ? null : today.plusDays(v.reviewInDays()), v.externalId(),
                    v.aliases()));
            long vendorId = created.vendor().id();
            idsByName.put(v.name(), vendorId);
            holdings.replace(vendorId, null, v.holdings().stream()
                    .map(h -> new DataHolding(null, vendorId, h.dataCategory(), h.recordCount(), h.accessType(),
                            h.regions(), h.vulnerableSubjects()))
                    .toList());
            // Recorded as analyst overrides: the demo has no completed assessments to attribute them to.
            for (DemoPortfolio.DemoControl c : v.controls() == null ? List.<DemoPortfolio.DemoControl>of() : v.controls()) {
                controlStatuses.override(vendorId, c.controlCode(), 0, null, c.status(), c.evidence(),
                        c.reason() == null ? "Demo portfolio: from the vendor's last review." : c.reason(), null, "demo");
            }
        }
    }

    private DemoPortfolio read() {
        try (InputStream in = getClass().getResourceAsStream("/demo/portfolio.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/portfolio.json is missing from the classpath");
            }
            return json.readValue(in, DemoPortfolio.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
