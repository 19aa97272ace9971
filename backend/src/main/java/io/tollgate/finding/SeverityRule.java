package io.tollgate.finding;

import io.tollgate.scoring.Incident;
import io.tollgate.scoring.IncidentStatus;
import io.tollgate.scoring.RiskModel;
import io.tollgate.scoring.ThreatMatch;
import io.tollgate.scoring.VendorProfile;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A finding's severity and default due date, from what the risk model already knows about the control:
 * <ul>
 *   <li><b>critical</b>: an ACTIVE campaign on the vendor's platform (or one that compromised it) has a step this
 *       control breaks with strength &ge; 0.75: a live attack chain runs through the gap;</li>
 *   <li><b>high</b>: an active or fading campaign that touches the vendor in any way (platform, compromise or
 *       sector) has a step this control breaks with strength &ge; 0.5, or the control has base weight 5;</li>
 *   <li><b>medium</b>: base weight 3 or 4;</li>
 *   <li><b>low</b>: base weight 1 or 2.</li>
 * </ul>
 * A PARTIAL control earns half the credit, so its finding is one step milder (critical becomes high).
 * The rule is a pure function of its inputs so that it can be checked without a database.
 */
final class SeverityRule {
    /** A breaking strength from which the control is the step's main defence (the KB's "blocks or detects"). */
    static final double CRITICAL_MIN_STRENGTH = 0.75;
    static final double HIGH_MIN_STRENGTH = 0.5;

    private SeverityRule() {
    }

    static Finding.Severity severity(String controlCode, int baseWeight, boolean partial, VendorProfile vendor,
                                     List<Incident> incidents, LocalDate today) {
        Finding.Severity severity = baseWeight >= 5 ? Finding.Severity.HIGH
                : baseWeight >= 3 ? Finding.Severity.MEDIUM : Finding.Severity.LOW;
        for (Incident incident : incidents) {
            if (incident.status() == IncidentStatus.ARCHIVED || incident.publishedOn().isAfter(today)) {
                continue;
            }
            double strength = incident.strengthOf(controlCode);
            ThreatMatch match = RiskModel.match(vendor, incident);
            boolean close = match == ThreatMatch.PLATFORM || match == ThreatMatch.COMPROMISED;
            if (incident.status() == IncidentStatus.ACTIVE && close && strength >= CRITICAL_MIN_STRENGTH) {
                severity = Finding.Severity.CRITICAL;
                break;
            }
            if (match != ThreatMatch.NONE && strength >= HIGH_MIN_STRENGTH && severity.rank() > Finding.Severity.HIGH.rank()) {
                severity = Finding.Severity.HIGH;
            }
        }
        return partial ? severity.milder() : severity;
    }

    /**
     * Default time to remediate. The steps follow the usual vulnerability-management practice of fixing what is
     * exploited in the wild first (CISA's KEV catalogue gives weeks; PCI DSS 6.3.3 one month for critical):
     * 30 days when a live campaign depends on the gap, then 60 / 90 / 180 days as the control matters less.
     * Analysts can move any due date.
     */
    static Period timeToRemediate(Finding.Severity severity) {
        return switch (severity) {
            case CRITICAL -> Period.ofDays(30);
            case HIGH -> Period.ofDays(60);
            case MEDIUM -> Period.ofDays(90);
            case LOW -> Period.ofDays(180);
        };
    }
}
