package io.tollgate.control;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface VendorControlStatusRepository extends GenericRepository<VendorControlStatus, VendorControlStatus.Key> {

    @Query("SELECT * FROM vendor_control_status WHERE vendor_id = :vendorId ORDER BY control_code")
    List<VendorControlStatus> findByVendor(long vendorId);

    @Query("SELECT * FROM vendor_control_status WHERE vendor_id = :vendorId AND control_code = :controlCode FOR UPDATE")
    Optional<VendorControlStatus> lock(long vendorId, String controlCode);

    /** Records a base observation (a completed assessment's answer, an import, the demo); an override stays as it is. */
    @Query("""
            INSERT INTO vendor_control_status (vendor_id, control_code, status, evidence, source, assessment_id, observed_on,
                                               expires_on, updated_by, updated_at, version)
            VALUES (:vendorId, :controlCode, :status, :evidence, :source, :assessmentId, :observedOn, :expiresOn, :actor,
                    :now, 1)
            ON DUPLICATE KEY UPDATE status = VALUES(status), evidence = VALUES(evidence), source = VALUES(source),
                assessment_id = VALUES(assessment_id), observed_on = VALUES(observed_on), expires_on = VALUES(expires_on),
                updated_by = VALUES(updated_by), updated_at = VALUES(updated_at), version = version + 1""")
    void upsertObservation(long vendorId, String controlCode, String status, @Nullable String evidence, String source,
                           @Nullable Long assessmentId, LocalDate observedOn, @Nullable LocalDate expiresOn, String actor,
                           Instant now);

    /** Records an analyst's override, inserting the row when nothing was recorded yet. */
    @Query("""
            INSERT INTO vendor_control_status (vendor_id, control_code, override_status, override_evidence, override_reason,
                                               override_by, override_on, override_expires_on, updated_by, updated_at, version)
            VALUES (:vendorId, :controlCode, :status, :evidence, :reason, :actor, :on, :expiresOn, :actor, :now, 1)
            ON DUPLICATE KEY UPDATE override_status = VALUES(override_status),
                override_evidence = VALUES(override_evidence), override_reason = VALUES(override_reason),
                override_by = VALUES(override_by), override_on = VALUES(override_on),
                override_expires_on = VALUES(override_expires_on), updated_by = VALUES(updated_by),
                updated_at = VALUES(updated_at), version = version + 1""")
    void upsertOverride(long vendorId, String controlCode, String status, @Nullable String evidence, String reason,
                        @Nullable LocalDate expiresOn, LocalDate on, String actor, Instant now);

    /** Removes an override (superseded by a completed assessment, or expired); the base observation stays. */
    @Query("""
            UPDATE vendor_control_status SET override_status = NULL, override_evidence = NULL, override_reason = NULL,
                   override_by = NULL, override_on = NULL, override_expires_on = NULL, updated_by = :actor,
                   updated_at = :now, version = version + 1
             WHERE vendor_id = :vendorId AND control_code = :controlCode AND override_status IS NOT NULL""")
    int clearOverride(long vendorId, String controlCode, String actor, Instant now);

    /** Re-dates a kept override to the day it was kept, so that it stays newer than the assessment it was kept over. */
    @Query("""
            UPDATE vendor_control_status SET override_on = :on, override_reason = :reason, updated_by = :actor,
                   updated_at = :now, version = version + 1
             WHERE vendor_id = :vendorId AND control_code = :controlCode AND override_status IS NOT NULL""")
    int keepOverride(long vendorId, String controlCode, LocalDate on, String reason, String actor, Instant now);

    /** Vendors with an override that expired before {@code today}, with the control, for the daily sweep. */
    @Query("""
            SELECT * FROM vendor_control_status WHERE override_expires_on < :today ORDER BY vendor_id, control_code
             LIMIT :limit""")
    List<VendorControlStatus> findExpiredOverrides(LocalDate today, int limit);

    @Query("SELECT * FROM vendor_control_status WHERE vendor_id IN (:vendorIds) ORDER BY vendor_id, control_code")
    List<VendorControlStatus> findByVendors(Collection<Long> vendorIds);
}
