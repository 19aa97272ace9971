package io.tollgate.control;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A vendor's observations on one catalogue control (migrations V7, V43): the base observation (what an assessment,
 * an import or the demo found, dated, its evidence valid until {@code expiresOn}) and an analyst's override (dated,
 * with a reason and an optional expiry). {@link #effective} says which one holds on a given day. Plain strings hold
 * the enum names so that assessments and scoring need no types from this package.
 */
@MappedEntity("vendor_control_status")
public record VendorControlStatus(@EmbeddedId Key key,
                                  @Nullable String status,
                                  @Nullable String evidence,
                                  @Nullable String source,
                                  @Nullable Long assessmentId,
                                  @Nullable LocalDate observedOn,
                                  @Nullable LocalDate expiresOn,
                                  @Nullable String overrideStatus,
                                  @Nullable String overrideEvidence,
                                  @Nullable String overrideReason,
                                  @Nullable String overrideBy,
                                  @Nullable LocalDate overrideOn,
                                  @Nullable LocalDate overrideExpiresOn,
                                  String updatedBy,
                                  Instant updatedAt,
                                  long version) {

    public static final String ASSESSMENT = "ASSESSMENT";
    public static final String OVERRIDE = "OVERRIDE";
    public static final String IMPORT = "IMPORT";
    public static final String DEMO = "DEMO";

    @Embeddable
    public record Key(@MappedProperty("vendor_id") long vendorId, @MappedProperty("control_code") String controlCode) {
    }

    /**
     * The observation that holds on a day: its status and evidence, where it comes from, when it was made and until
     * when it is valid (for an override: until when it applies; for an answer: until when its evidence is valid).
     */
    public record Observation(String status, @Nullable String evidence, String source, @Nullable Long assessmentId,
                              LocalDate observedOn, @Nullable LocalDate expiresOn, @Nullable String reason,
                              @Nullable String by) {
    }

    public long vendorId() {
        return key.vendorId();
    }

    public String controlCode() {
        return key.controlCode();
    }

    /**
     * The newest valid observation on {@code today}: the override while it has not expired and is not older than the
     * base observation, else the base observation; null when neither holds (the control is unknown).
     */
    @Nullable
    public Observation effective(LocalDate today) {
        if (overrideApplies(today)) {
            return new Observation(overrideStatus, overrideEvidence, OVERRIDE, null, overrideOn, overrideExpiresOn,
                    overrideReason, overrideBy);
        }
        return base();
    }

    /** The base observation (assessment, import or demo), or null when there is none. */
    @Nullable
    public Observation base() {
        return status == null ? null
                : new Observation(status, evidence, source, assessmentId, observedOn, expiresOn, null, updatedBy);
    }

    /** Whether an override is recorded at all (applying today or not). */
    public boolean hasOverride() {
        return overrideStatus != null;
    }

    boolean overrideApplies(LocalDate today) {
        return overrideStatus != null
                && (overrideExpiresOn == null || !overrideExpiresOn.isBefore(today))
                && (observedOn == null || !overrideOn.isBefore(observedOn));
    }
}
