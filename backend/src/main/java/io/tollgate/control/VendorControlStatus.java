package io.tollgate.control;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A vendor's recorded status on one catalogue control (migration V7). Plain strings hold the enum names
 * (status MET/PARTIAL/NOT_MET/NOT_APPLICABLE/UNKNOWN, evidence SELF_ATTESTED/DOCUMENTED/INDEPENDENTLY_TESTED,
 * source ASSESSMENT/OVERRIDE) so that assessments and scoring need no types from this package.
 */
@MappedEntity("vendor_control_status")
public record VendorControlStatus(@EmbeddedId Key key,
                                  String status,
                                  @Nullable String evidence,
                                  String source,
                                  @Nullable Long assessmentId,
                                  @Nullable String reason,
                                  String updatedBy,
                                  Instant updatedAt,
                                  long version) {

    public static final String ASSESSMENT = "ASSESSMENT";
    public static final String OVERRIDE = "OVERRIDE";

    @Embeddable
    public record Key(@MappedProperty("vendor_id") long vendorId, @MappedProperty("control_code") String controlCode) {
    }

    public long vendorId() {
        return key.vendorId();
    }

    public String controlCode() {
        return key.controlCode();
    }
}
