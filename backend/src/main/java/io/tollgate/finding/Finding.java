package io.tollgate.finding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A control the vendor does not meet, as stored (migration V15). {@code controlId} is the control's code;
 * {@code severity} and {@code status} hold the lower-case names the table's checks allow (see {@link Severity}
 * and {@link Status}).
 */
@MappedEntity("finding")
public record Finding(@Id @GeneratedValue Long id,
                      long vendorId,
                      String controlId,
                      @Nullable Long assessmentId,
                      String severity,
                      int severityRank,
                      String status,
                      String title,
                      @Nullable String owner,
                      LocalDate dueDate,
                      @Nullable LocalDate riskAcceptedUntil,
                      @Nullable String riskAcceptanceReason,
                      @Nullable String closedReason,
                      @Nullable Instant remediationRequestedAt,
                      @Nullable String remediationRequestMessage,
                      @Nullable String vendorResponse,
                      @Nullable LocalDate vendorPlannedDate,
                      @Nullable Instant vendorRespondedAt,
                      long controlStatusVersion,
                      Instant openedAt,
                      @Nullable Instant closedAt,
                      String updatedBy,
                      long version,
                      Instant createdAt,
                      Instant updatedAt) {

    /** Stored severities, most urgent first; {@link #rank()} is what lists sort by. */
    public enum Severity {
        CRITICAL, HIGH, MEDIUM, LOW;

        public String stored() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public int rank() {
            return ordinal() + 1;
        }

        /** One step less urgent (LOW stays LOW). */
        public Severity milder() {
            return this == LOW ? LOW : values()[ordinal() + 1];
        }

        public static Severity ofStored(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public enum Status {
        OPEN, REMEDIATION_PLANNED, RISK_ACCEPTED, CLOSED;

        public String stored() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Status ofStored(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * The status as it counts today: a risk acceptance whose expiry date has passed is OPEN again. Until the
     * hourly job has stored that, every read derives it here (and list filters in SQL, see {@link FindingFilter}).
     */
    public Status effectiveStatus(LocalDate today) {
        Status stored = Status.ofStored(status);
        return stored == Status.RISK_ACCEPTED && riskAcceptanceExpired(today) ? Status.OPEN : stored;
    }

    /**
     * The risk was accepted until a date that has passed: true both before the job reopened the finding (still
     * stored as risk_accepted) and after (stored as open, the acceptance kept for the record).
     */
    public boolean riskAcceptanceExpired(LocalDate today) {
        Status stored = Status.ofStored(status);
        return (stored == Status.RISK_ACCEPTED || stored == Status.OPEN) && riskAcceptedUntil != null
                && riskAcceptedUntil.isBefore(today);
    }

    /** Past its due date while action is still expected from someone. */
    public boolean overdue(LocalDate today) {
        Status s = effectiveStatus(today);
        return (s == Status.OPEN || s == Status.REMEDIATION_PLANNED) && dueDate.isBefore(today);
    }
}
