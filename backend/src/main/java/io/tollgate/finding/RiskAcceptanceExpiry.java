package io.tollgate.finding;

import io.tollgate.scheduler.RecurringJob;
import io.tollgate.scheduler.SchedulerSettings;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Stores the reopening of risk acceptances whose expiry date has passed, so that queries reading the table
 * directly (the dashboard's counts) see them as open. Reads through the API do not wait for it: they derive the
 * same from the date ({@link Finding#effectiveStatus}). Runs every hour on one instance (recurring task
 * {@code risk-acceptance-expiry}); the work is one conditional UPDATE, so a run revived elsewhere finds nothing left.
 */
@Singleton
public class RiskAcceptanceExpiry implements RecurringJob {
    private static final Logger LOG = LoggerFactory.getLogger(RiskAcceptanceExpiry.class);

    private final FindingService findings;
    private final Duration interval;

    public RiskAcceptanceExpiry(FindingService findings, SchedulerSettings settings) {
        this.findings = findings;
        this.interval = settings.intervals().riskAcceptanceExpiry();
    }

    @Override
    public String name() {
        return "risk-acceptance-expiry";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Outcome run(BooleanSupplier stopping) {
        int reopened = findings.reopenExpiredAcceptances();
        if (reopened > 0) {
            LOG.info("Reopened {} findings whose risk acceptance expired", reopened);
        }
        return Outcome.FINISHED;
    }
}
