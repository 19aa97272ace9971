package io.tollgate.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface EvidenceRepository extends CrudRepository<AssessmentEvidence, Long> {

    List<AssessmentEvidence> findByAssessmentIdOrderById(long assessmentId);

    Optional<AssessmentEvidence> findByIdAndAssessmentId(long id, long assessmentId);

    @Query("INSERT INTO assessment_evidence_chunk (evidence_id, seq, data) VALUES (:evidenceId, :seq, :data)")
    void insertChunk(long evidenceId, int seq, byte[] data);

    @Query("SELECT data FROM assessment_evidence_chunk WHERE evidence_id = :evidenceId ORDER BY seq")
    List<Chunk> findChunks(long evidenceId);

    @io.micronaut.core.annotation.Introspected
    record Chunk(byte[] data) {
    }
}
