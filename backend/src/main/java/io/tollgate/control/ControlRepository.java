package io.tollgate.control;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ControlRepository extends CrudRepository<Control, String> {

    List<Control> findAllOrderByCode();

    @Query("SELECT code FROM control WHERE name = :name")
    Optional<String> findCodeByName(String name);

    @Query("SELECT code FROM control WHERE code IN (:codes)")
    List<String> findExistingCodes(Collection<String> codes);

    @Query("SELECT code FROM control WHERE code LIKE 'X-%'")
    List<String> findCustomCodes();

    /** Updates a custom control only if {@code version} is still current; returns rows changed (0 = stale). */
    @Query("""
            UPDATE control SET name = :name, description = :description, domain = :domain, base_weight = :baseWeight,
                   mitigation_note = :mitigationNote, updated_at = :updatedAt, version = version + 1
             WHERE code = :code AND version = :version AND is_builtin = FALSE""")
    int updateDetails(String code, long version, String name, String description, String domain, int baseWeight,
                      @Nullable String mitigationNote, Instant updatedAt);

    @Query("SELECT control_code, framework, reference, note FROM control_framework_mapping ORDER BY control_code, framework, reference")
    List<ControlMapping> findAllMappings();

    @Query("""
            SELECT control_code, framework, reference, note FROM control_framework_mapping
             WHERE control_code = :code ORDER BY framework, reference""")
    List<ControlMapping> findMappingsOf(String code);

    @Query("SELECT control_code, technique_id, name FROM control_technique ORDER BY control_code, technique_id")
    List<ControlTechnique> findAllTechniques();

    @Query("SELECT control_code, technique_id, name FROM control_technique WHERE control_code = :code ORDER BY technique_id")
    List<ControlTechnique> findTechniquesOf(String code);

    @Query("DELETE FROM control_framework_mapping WHERE control_code = :code")
    void deleteMappings(String code);

    @Query("INSERT INTO control_framework_mapping (control_code, framework, reference, note) VALUES (:code, :framework, :reference, :note)")
    void insertMapping(String code, String framework, String reference, @Nullable String note);

    @Query("DELETE FROM control_technique WHERE control_code = :code")
    void deleteTechniques(String code);

    @Query("INSERT INTO control_technique (control_code, technique_id, name) VALUES (:code, :techniqueId, :name)")
    void insertTechnique(String code, String techniqueId, String name);
}
