package io.tollgate.control;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface VendorControlStatusRepository extends GenericRepository<VendorControlStatus, VendorControlStatus.Key> {

    @Query("SELECT * FROM vendor_control_status WHERE vendor_id = :vendorId ORDER BY control_code")
    List<VendorControlStatus> findByVendor(long vendorId);

    @Query("SELECT * FROM vendor_control_status WHERE vendor_id = :vendorId AND control_code = :controlCode FOR UPDATE")
    Optional<VendorControlStatus> lock(long vendorId, String controlCode);

    /**
     * Records an assessment's result unless an analyst has overridden the control: an existing OVERRIDE row
     * is left exactly as it is. Returns the affected-row count MySQL reports (0 when nothing changed).
     */
    @Query("""
            INSERT INTO vendor_control_status (vendor_id, control_code, status, evidence, source, assessment_id, reason,
                                               updated_by, updated_at, version)
            VALUES (:vendorId, :controlCode, :status, :evidence, 'ASSESSMENT', :assessmentId, NULL, :actor, :now, 1)
            ON DUPLICATE KEY UPDATE
                status = IF(source = 'OVERRIDE', status, VALUES(status)),
                evidence = IF(source = 'OVERRIDE', evidence, VALUES(evidence)),
                assessment_id = IF(source = 'OVERRIDE', assessment_id, VALUES(assessment_id)),
                reason = IF(source = 'OVERRIDE', reason, NULL),
                updated_by = IF(source = 'OVERRIDE', updated_by, VALUES(updated_by)),
                updated_at = IF(source = 'OVERRIDE', updated_at, VALUES(updated_at)),
                version = IF(source = 'OVERRIDE', version, version + 1)""")
    int upsertFromAssessment(long vendorId, String controlCode, String status, @Nullable String evidence,
                             long assessmentId, String actor, Instant now);

    @Query("""
            INSERT INTO vendor_control_status (vendor_id, control_code, status, evidence, source, assessment_id, reason,
                                               updated_by, updated_at, version)
            VALUES (:vendorId, :controlCode, :status, :evidence, 'OVERRIDE', NULL, :reason, :actor, :now, 1)""")
    void insertOverride(long vendorId, String controlCode, String status, @Nullable String evidence, String reason,
                        String actor, Instant now);

    @Query("""
            UPDATE vendor_control_status SET status = :status, evidence = :evidence, source = 'OVERRIDE',
                   assessment_id = NULL, reason = :reason, updated_by = :actor, updated_at = :now, version = version + 1
             WHERE vendor_id = :vendorId AND control_code = :controlCode AND version = :version""")
    int updateOverride(long vendorId, String controlCode, long version, String status, @Nullable String evidence,
                       String reason, String actor, Instant now);
}
