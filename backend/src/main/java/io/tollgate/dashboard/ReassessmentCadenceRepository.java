package io.tollgate.dashboard;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReassessmentCadenceRepository extends GenericRepository<ReassessmentCadence, String> {

    @Query("""
            SELECT * FROM reassessment_cadence
             ORDER BY CASE tier WHEN 'CRITICAL' THEN 1 WHEN 'HIGH' THEN 2 WHEN 'MEDIUM' THEN 3 ELSE 4 END""")
    List<ReassessmentCadence> findAllByRank();

    @Query("SELECT * FROM reassessment_cadence WHERE tier = :tier")
    Optional<ReassessmentCadence> find(String tier);

    @Query("""
            UPDATE reassessment_cadence SET months = :months, version = version + 1, updated_at = :updatedAt
             WHERE tier = :tier AND version = :version""")
    int update(String tier, int months, long version, Instant updatedAt);
}
