package io.tollgate.incident;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface IncidentRepository extends CrudRepository<Incident, Long>, JpaSpecificationExecutor<Incident> {

    /** Updates the incident's own fields only if {@code version} is still current; returns rows changed (0 = stale). */
    @Query("""
            UPDATE incident SET slug = :slug, name = :name, threat_actor = :threatActor, first_seen = :firstSeen,
                   last_seen = :lastSeen, published_on = :publishedOn, summary = :summary, severity = :severity,
                   status = :status, updated_at = :updatedAt, version = version + 1
             WHERE id = :id AND version = :version""")
    int updateDetails(long id, long version, String slug, String name, @Nullable String threatActor,
                      @Nullable LocalDate firstSeen, @Nullable LocalDate lastSeen, @Nullable LocalDate publishedOn,
                      String summary, String severity, String status, Instant updatedAt);

    /** Incidents with a platform not linked to any vendor whose name is the vendor's name or one of its aliases. */
    @Query("""
            SELECT DISTINCT p.incident_id FROM incident_platform p JOIN vendor v ON v.id = :vendorId
             WHERE p.vendor_id IS NULL
               AND (p.name = v.name OR p.name IN (SELECT a.alias FROM vendor_alias a WHERE a.vendor_id = :vendorId))
             ORDER BY p.incident_id""")
    List<Long> findUnlinkedPlatformsNaming(long vendorId);

    @Query("""
            UPDATE incident_platform p JOIN vendor v ON v.id = :vendorId SET p.vendor_id = v.id
             WHERE p.vendor_id IS NULL
               AND (p.name = v.name OR p.name IN (SELECT a.alias FROM vendor_alias a WHERE a.vendor_id = :vendorId))""")
    void linkPlatformsNaming(long vendorId);

    @Query("SELECT id FROM incident WHERE slug = :slug")
    Optional<Long> findIdBySlug(String slug);

    @Query("SELECT id FROM incident WHERE name = :name")
    Optional<Long> findIdByName(String name);

    @Query("""
            SELECT incident_id, title, url, publisher, published_on FROM incident_source
             WHERE incident_id IN (:ids) ORDER BY incident_id, position""")
    List<IncidentDetails.Source> findSources(Collection<Long> ids);

    @Query("SELECT incident_id, name, vendor_id, role FROM incident_platform WHERE incident_id IN (:ids) ORDER BY incident_id, position")
    List<IncidentDetails.Platform> findPlatforms(Collection<Long> ids);

    /** A step's row with one of its techniques or controls: steps are read as one joined list per incident. */
    @Introspected
    record StepRow(long incidentId, int position, String name, @Nullable String sourceUrl, @Nullable String techniqueId,
                   @Nullable String controlCode, @Nullable String controlName, @Nullable BigDecimal strength) {
    }

    @Query("""
            SELECT s.incident_id, s.position, s.name, s.source_url, t.technique_id, NULL AS control_code,
                   NULL AS control_name, NULL AS strength
              FROM incident_step s LEFT JOIN incident_step_technique t ON t.step_id = s.id
             WHERE s.incident_id IN (:ids)
            UNION ALL
            SELECT s.incident_id, s.position, s.name, s.source_url, NULL, sc.control_code, c.name, sc.strength
              FROM incident_step s JOIN incident_step_control sc ON sc.step_id = s.id JOIN control c ON c.code = sc.control_code
             WHERE s.incident_id IN (:ids)
             ORDER BY incident_id, position, technique_id, control_code""")
    List<StepRow> findSteps(Collection<Long> ids);

    @Query("""
            SELECT incident_id, actor, confidence, stated_by, source_url FROM incident_attribution
             WHERE incident_id IN (:ids) ORDER BY incident_id, position""")
    List<IncidentDetails.Attribution> findAttributions(Collection<Long> ids);

    @Query("SELECT incident_id, category FROM incident_vendor_category WHERE incident_id IN (:ids) ORDER BY incident_id, category")
    List<IncidentDetails.Category> findCategories(Collection<Long> ids);

    @Query("SELECT incident_id, technique_id, name FROM incident_technique WHERE incident_id IN (:ids) ORDER BY incident_id, technique_id")
    List<IncidentDetails.Technique> findTechniques(Collection<Long> ids);

    @Query("""
            SELECT idc.incident_id, idc.data_category FROM incident_data_category idc
              JOIN data_category dc ON dc.code = idc.data_category
             WHERE idc.incident_id IN (:ids) ORDER BY idc.incident_id, dc.sort_order""")
    List<IncidentDetails.DataCategory> findDataCategories(Collection<Long> ids);

    @Query("DELETE FROM incident_source WHERE incident_id = :id")
    void deleteSources(long id);

    @Query("DELETE FROM incident_platform WHERE incident_id = :id")
    void deletePlatforms(long id);

    @Query("DELETE FROM incident_vendor_category WHERE incident_id = :id")
    void deleteCategories(long id);

    @Query("DELETE FROM incident_technique WHERE incident_id = :id")
    void deleteTechniques(long id);

    @Query("DELETE FROM incident_step WHERE incident_id = :id")
    void deleteSteps(long id);

    @Query("DELETE FROM incident_attribution WHERE incident_id = :id")
    void deleteAttributions(long id);

    @Query("DELETE FROM incident_data_category WHERE incident_id = :id")
    void deleteDataCategories(long id);

    @Query("""
            INSERT INTO incident_source (incident_id, position, title, url, publisher, published_on)
            VALUES (:id, :position, :title, :url, :publisher, :publishedOn)""")
    void insertSource(long id, int position, String title, String url, @Nullable String publisher, @Nullable LocalDate publishedOn);

    @Query("""
            INSERT INTO incident_platform (incident_id, position, name, vendor_id, role)
            VALUES (:id, :position, :name, :vendorId, :role)""")
    void insertPlatform(long id, int position, String name, @Nullable Long vendorId, String role);

    @Query("INSERT INTO incident_step (incident_id, position, name, source_url) VALUES (:id, :position, :name, :sourceUrl)")
    void insertStep(long id, int position, String name, @Nullable String sourceUrl);

    @Query("""
            INSERT INTO incident_step_technique (step_id, technique_id)
            SELECT id, :techniqueId FROM incident_step WHERE incident_id = :id AND position = :position""")
    void insertStepTechnique(long id, int position, String techniqueId);

    @Query("""
            INSERT INTO incident_step_control (step_id, control_code, strength)
            SELECT id, :controlCode, :strength FROM incident_step WHERE incident_id = :id AND position = :position""")
    void insertStepControl(long id, int position, String controlCode, BigDecimal strength);

    @Query("""
            INSERT INTO incident_attribution (incident_id, position, actor, confidence, stated_by, source_url)
            VALUES (:id, :position, :actor, :confidence, :statedBy, :sourceUrl)""")
    void insertAttribution(long id, int position, String actor, String confidence, String statedBy, @Nullable String sourceUrl);

    @Query("INSERT INTO incident_vendor_category (incident_id, category) VALUES (:id, :category)")
    void insertCategory(long id, String category);

    @Query("INSERT INTO incident_technique (incident_id, technique_id, name) VALUES (:id, :techniqueId, :name)")
    void insertTechnique(long id, String techniqueId, String name);

    @Query("INSERT INTO incident_data_category (incident_id, data_category) VALUES (:id, :dataCategory)")
    void insertDataCategory(long id, String dataCategory);
}
