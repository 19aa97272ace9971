package io.tollgate.incident;

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

    @Query("SELECT id FROM incident WHERE slug = :slug")
    Optional<Long> findIdBySlug(String slug);

    @Query("SELECT id FROM incident WHERE name = :name")
    Optional<Long> findIdByName(String name);

    @Query("""
            SELECT incident_id, title, url, publisher, published_on FROM incident_source
             WHERE incident_id IN (:ids) ORDER BY incident_id, position""")
    List<IncidentDetails.Source> findSources(Collection<Long> ids);

    @Query("SELECT incident_id, name, vendor_id FROM incident_platform WHERE incident_id IN (:ids) ORDER BY incident_id, position")
    List<IncidentDetails.Platform> findPlatforms(Collection<Long> ids);

    @Query("SELECT incident_id, category FROM incident_vendor_category WHERE incident_id IN (:ids) ORDER BY incident_id, category")
    List<IncidentDetails.Category> findCategories(Collection<Long> ids);

    @Query("SELECT incident_id, technique_id, name FROM incident_technique WHERE incident_id IN (:ids) ORDER BY incident_id, technique_id")
    List<IncidentDetails.Technique> findTechniques(Collection<Long> ids);

    @Query("""
            SELECT ec.incident_id, ec.control_code, c.name AS control_name, ec.relevance
              FROM incident_exploited_control ec JOIN control c ON c.code = ec.control_code
             WHERE ec.incident_id IN (:ids) ORDER BY ec.incident_id, ec.control_code""")
    List<IncidentDetails.ExploitedControl> findExploitedControls(Collection<Long> ids);

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

    @Query("DELETE FROM incident_exploited_control WHERE incident_id = :id")
    void deleteExploitedControls(long id);

    @Query("DELETE FROM incident_data_category WHERE incident_id = :id")
    void deleteDataCategories(long id);

    @Query("""
            INSERT INTO incident_source (incident_id, position, title, url, publisher, published_on)
            VALUES (:id, :position, :title, :url, :publisher, :publishedOn)""")
    void insertSource(long id, int position, String title, String url, @Nullable String publisher, @Nullable LocalDate publishedOn);

    @Query("INSERT INTO incident_platform (incident_id, position, name, vendor_id) VALUES (:id, :position, :name, :vendorId)")
    void insertPlatform(long id, int position, String name, @Nullable Long vendorId);

    @Query("INSERT INTO incident_vendor_category (incident_id, category) VALUES (:id, :category)")
    void insertCategory(long id, String category);

    @Query("INSERT INTO incident_technique (incident_id, technique_id, name) VALUES (:id, :techniqueId, :name)")
    void insertTechnique(long id, String techniqueId, String name);

    @Query("INSERT INTO incident_exploited_control (incident_id, control_code, relevance) VALUES (:id, :controlCode, :relevance)")
    void insertExploitedControl(long id, String controlCode, BigDecimal relevance);

    @Query("INSERT INTO incident_data_category (incident_id, data_category) VALUES (:id, :dataCategory)")
    void insertDataCategory(long id, String dataCategory);
}
