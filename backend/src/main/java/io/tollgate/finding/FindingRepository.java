package io.tollgate.finding;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface FindingRepository extends CrudRepository<Finding, Long>, JpaSpecificationExecutor<Finding> {

    /** A vendor's name, for the list views. */
    @Introspected
    record VendorName(long id, String name) {
    }

    @Query("SELECT * FROM finding WHERE vendor_id = :vendorId FOR UPDATE")
    List<Finding> lockByVendor(long vendorId);

    @Query("SELECT * FROM finding WHERE id = :id FOR UPDATE")
    Optional<Finding> lock(long id);

    Optional<Finding> findByVendorIdAndControlId(long vendorId, String controlId);

    /** The rows {@link #reopenExpiredAcceptances} changes, locked so the two agree. */
    @Query("SELECT * FROM finding WHERE status = 'risk_accepted' AND risk_accepted_until < :today FOR UPDATE")
    List<Finding> lockExpiredAcceptances(LocalDate today);

    @Query("""
            SELECT * FROM finding WHERE vendor_id = :vendorId
             ORDER BY status = 'closed', severity_rank, due_date, id""")
    List<Finding> findByVendor(long vendorId);

    @Query("SELECT id, name FROM vendor WHERE id IN (:ids)")
    List<VendorName> findVendorNames(Collection<Long> ids);

    /** The findings a portal token may see: requested through its own assessment, of that assessment's vendor. */
    @Query("""
            SELECT f.* FROM finding f JOIN assessment a ON a.id = f.assessment_id AND a.vendor_id = f.vendor_id
             WHERE f.assessment_id = :assessmentId AND f.remediation_requested_at IS NOT NULL
             ORDER BY f.status = 'closed', f.severity_rank, f.due_date, f.id""")
    List<Finding> findRequestedThrough(long assessmentId);

    /** The vendor's assessments, newest first (the service picks the first one the vendor can still reach). */
    @Query("SELECT id FROM assessment WHERE vendor_id = :vendorId ORDER BY created_at DESC, id DESC")
    List<Long> findAssessmentIdsOfVendor(long vendorId);

    @Query("""
            INSERT INTO finding (vendor_id, control_id, assessment_id, severity, severity_rank, status, title, due_date,
                                 control_status_version, opened_at, updated_by, version, created_at, updated_at)
            VALUES (:vendorId, :controlId, :assessmentId, :severity, :severityRank, 'open', :title, :dueDate,
                    :controlStatusVersion, :now, :actor, 1, :now, :now)""")
    void insertOpen(long vendorId, String controlId, @Nullable Long assessmentId, String severity, int severityRank,
                    String title, LocalDate dueDate, long controlStatusVersion, String actor, Instant now);

    /** A closed finding whose control is unmet again starts a new cycle: what belonged to the old one is cleared. */
    @Query("""
            UPDATE finding SET status = 'open', assessment_id = :assessmentId, severity = :severity,
                   severity_rank = :severityRank, title = :title, due_date = :dueDate, risk_accepted_until = NULL,
                   risk_acceptance_reason = NULL, closed_reason = NULL, remediation_requested_at = NULL,
                   remediation_request_message = NULL, vendor_response = NULL, vendor_planned_date = NULL,
                   vendor_responded_at = NULL, control_status_version = :controlStatusVersion, opened_at = :now,
                   closed_at = NULL, updated_by = :actor, updated_at = :now, version = version + 1
             WHERE id = :id""")
    void reopen(long id, @Nullable Long assessmentId, String severity, int severityRank, String title, LocalDate dueDate,
                long controlStatusVersion, String actor, Instant now);

    /** A live finding whose control was recorded again, still unmet: its severity follows the new status. */
    @Query("""
            UPDATE finding SET severity = :severity, severity_rank = :severityRank, title = :title,
                   control_status_version = :controlStatusVersion, updated_by = :actor, updated_at = :now,
                   version = version + 1
             WHERE id = :id""")
    void refresh(long id, String severity, int severityRank, String title, long controlStatusVersion, String actor,
                 Instant now);

    @Query("""
            UPDATE finding SET status = 'closed', closed_reason = :reason, closed_at = :now,
                   control_status_version = :controlStatusVersion, updated_by = :actor, updated_at = :now,
                   version = version + 1
             WHERE id = :id""")
    void closeByControl(long id, String reason, long controlStatusVersion, String actor, Instant now);

    /** Notes that a status row was seen without changing the finding (no new version for readers). */
    @Query("UPDATE finding SET control_status_version = :controlStatusVersion WHERE id = :id")
    void follow(long id, long controlStatusVersion);

    @Query("""
            UPDATE finding SET status = :status, owner = :owner, due_date = :dueDate,
                   risk_accepted_until = :riskAcceptedUntil, risk_acceptance_reason = :riskAcceptanceReason,
                   closed_reason = :closedReason, closed_at = :closedAt, opened_at = :openedAt,
                   updated_by = :actor, updated_at = :now, version = version + 1
             WHERE id = :id AND version = :version""")
    int updateByAnalyst(long id, long version, String status, @Nullable String owner, LocalDate dueDate,
                        @Nullable LocalDate riskAcceptedUntil, @Nullable String riskAcceptanceReason,
                        @Nullable String closedReason, @Nullable Instant closedAt, Instant openedAt, String actor,
                        Instant now);

    @Query("""
            UPDATE finding SET assessment_id = :assessmentId, remediation_requested_at = :now,
                   remediation_request_message = :message, updated_by = :actor, updated_at = :now, version = version + 1
             WHERE id = :id AND version = :version""")
    int requestRemediation(long id, long version, long assessmentId, @Nullable String message, String actor, Instant now);

    @Query("""
            UPDATE finding SET status = 'remediation_planned', vendor_response = :plan, vendor_planned_date = :plannedDate,
                   vendor_responded_at = :now, updated_by = :actor, updated_at = :now, version = version + 1
             WHERE id = :id AND version = :version""")
    int respond(long id, long version, String plan, LocalDate plannedDate, String actor, Instant now);

    /** A finding not closed, with the status of its control (PARTIAL makes it one step milder). */
    @Introspected
    record UnclosedFinding(long id, long vendorId, String controlId, String severity, LocalDate dueDate,
                           @Nullable String controlStatus) {
    }

    @Query("""
            SELECT f.id, f.vendor_id, f.control_id, f.severity, f.due_date, s.status AS control_status
              FROM finding f
              LEFT JOIN vendor_control_status s ON s.vendor_id = f.vendor_id AND s.control_code = f.control_id
             WHERE f.vendor_id IN (:vendorIds) AND f.status <> 'closed'
             ORDER BY f.id""")
    List<UnclosedFinding> findUnclosed(Collection<Long> vendorIds);

    @Query("""
            UPDATE finding SET severity = :severity, severity_rank = :severityRank, due_date = :dueDate,
                               updated_by = 'system', updated_at = :now, version = version + 1
             WHERE id = :id""")
    void regrade(long id, String severity, int severityRank, LocalDate dueDate, Instant now);

    /**
     * Stores what reads already derive: an expired risk acceptance is open again. A single conditional UPDATE,
     * so any number of instances may run it at once without coordinating. Returns the rows reopened.
     */
    @Query("""
            UPDATE finding SET status = 'open', updated_by = 'system', updated_at = :now, version = version + 1
             WHERE status = 'risk_accepted' AND risk_accepted_until < :today""")
    int reopenExpiredAcceptances(LocalDate today, Instant now);
}
