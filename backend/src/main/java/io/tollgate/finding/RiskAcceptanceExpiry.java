package io.tollgate.finding;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the reopening of risk acceptances whose expiry date has passed, so that queries reading the table
 * directly (the dashboard's counts) see them as open. Reads through the API do not wait for it: they derive the
 * same from the date ({@link Finding#effectiveStatus}). The work is one conditional UPDATE, so several instances
 * running it at once need no lock or leader: the second finds nothing left to change.
 */
@Singleton
public class RiskAcceptanceExpiry {
    private static final Logger LOG = LoggerFactory.getLogger(RiskAcceptanceExpiry.class);

    private final FindingService findings;

    public RiskAcceptanceExpiry(FindingService findings) {
        this.findings = findings;
    }

    @Scheduled(fixedDelay = "${tollgate.findings.expiry-interval:1h}", initialDelay = "${tollgate.findings.expiry-initial-delay:1m}")
    void reopenExpired() {
        try {
            int reopened = findings.reopenExpiredAcceptances();
            if (reopened > 0) {
                LOG.info("Reopened {} findings whose risk acceptance expired", reopened);
            }
        } catch (RuntimeException e) {
            // The database may be down; the next run catches up, and reads never depended on this.
            LOG.warn("Could not reopen expired risk acceptances: {}", e.toString());
        }
    }
}
