package io.tollgate.vendor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Introspected;
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
public interface VendorRepository extends CrudRepository<Vendor, Long>, JpaSpecificationExecutor<Vendor> {

    /** Updates what a client may change, only if {@code version} is still current; returns rows changed (0 = stale). */
    @Query("""
            UPDATE vendor SET name = :name, website = :website, category = :category, tier = :tier, tier_rank = :tierRank, status = :status,
                   description = :description, services = :services, business_owner = :businessOwner,
                   security_contact = :securityContact, next_review_date = :nextReviewDate, external_id = :externalId,
                   updated_at = :updatedAt, version = version + 1
             WHERE id = :id AND version = :version""")
    int updateDetails(long id, long version, String name, String website, String category, String tier, int tierRank,
                      String status,
                      @Nullable String description, @Nullable String services, @Nullable String businessOwner,
                      @Nullable String securityContact, @Nullable LocalDate nextReviewDate, @Nullable String externalId,
                      Instant updatedAt);

    @Query("SELECT id FROM vendor WHERE id IN (:ids)")
    List<Long> findExistingIds(Collection<Long> ids);

    @Query("SELECT id FROM vendor WHERE external_id = :externalId")
    Optional<Long> findIdByExternalId(String externalId);

    @Query("SELECT id FROM vendor WHERE name = :name")
    Optional<Long> findIdByName(String name);

    /** The vendor whose name or one of whose aliases is {@code name}, without regard to case. */
    @Query("""
            SELECT id FROM vendor WHERE name = :name
            UNION SELECT vendor_id FROM vendor_alias WHERE alias = :name
            LIMIT 1""")
    Optional<Long> findIdByNameOrAlias(String name);

    /** Another vendor's name or alias equal to one of {@code names}, as "name (vendor id)". */
    @Query("""
            SELECT CONCAT(name, ' (vendor ', id, ')') FROM vendor WHERE name IN (:names) AND id <> :vendorId
            UNION SELECT CONCAT(alias, ' (vendor ', vendor_id, ')') FROM vendor_alias
             WHERE alias IN (:names) AND vendor_id <> :vendorId""")
    List<String> findOtherNamesUsed(Collection<String> names, long vendorId);

    @Introspected
    record Alias(long vendorId, String alias) {
    }

    @Query("SELECT vendor_id, alias FROM vendor_alias WHERE vendor_id IN (:vendorIds) ORDER BY vendor_id, alias")
    List<Alias> findAliasesOf(Collection<Long> vendorIds);

    @Query("DELETE FROM vendor_alias WHERE vendor_id = :vendorId")
    void deleteAliases(long vendorId);

    @Query("INSERT INTO vendor_alias (vendor_id, alias) VALUES (:vendorId, :alias)")
    void insertAlias(long vendorId, String alias);

    /**
     * The vendors whose name or website contains a pattern (case-insensitive by the table's collation), at most
     * {@code limit}. A scan: an infix search can use no index.
     */
    @Query("SELECT id FROM vendor WHERE name LIKE :pattern ESCAPE '!' OR website LIKE :pattern ESCAPE '!' LIMIT :limit")
    List<Long> findIdsMatching(String pattern, int limit);

    /** The platforms of each of these vendors, by name. */
    @Query("""
            SELECT vp.vendor_id AS from_vendor_id, 'P' AS relation, v.id, v.name, v.category, 0 AS from_vendor_user_count
              FROM vendor_platform vp JOIN vendor v ON v.id = vp.platform_id
             WHERE vp.vendor_id IN (:vendorIds)
             ORDER BY v.name, v.id""")
    List<VendorLink> findPlatformsOf(Collection<Long> vendorIds);

    /** How many vendors use each vendor of a page that has any users; read from the index alone. */
    @Query("""
            SELECT platform_id, COUNT(*) AS user_count FROM vendor_platform
             WHERE platform_id IN (:vendorIds) GROUP BY platform_id""")
    List<PlatformUserCount> countUsersOfEach(Collection<Long> vendorIds);

    /**
     * The first {@code users} vendors (by name, then id) that use a platform, each carrying {@code userCount}: a
     * range of the (platform, user name) index, however many users the platform has.
     */
    @Query("""
            SELECT vp.platform_id AS from_vendor_id, 'U' AS relation, v.id, v.name, v.category,
                   :userCount AS from_vendor_user_count
              FROM vendor_platform vp JOIN vendor v ON v.id = vp.vendor_id
             WHERE vp.platform_id = :platformId
             ORDER BY vp.user_name, vp.vendor_id
             LIMIT :users""")
    List<VendorLink> findFirstUsersOf(long platformId, int users, long userCount);

    /**
     * The same for one vendor. A LIMIT instead of the ranking: for a platform with 30,000 users at 100,000 vendors
     * the database sorts them in half the time (a top-N sort instead of numbering them all).
     */
    @Query("""
            SELECT vp.vendor_id AS from_vendor_id, 'P' AS relation, v.id, v.name, v.category, 0 AS from_vendor_user_count
              FROM vendor_platform vp JOIN vendor v ON v.id = vp.platform_id
             WHERE vp.vendor_id = :vendorId
            UNION ALL
            (SELECT vp.platform_id, 'U', v.id, v.name, v.category,
                    (SELECT COUNT(*) FROM vendor_platform c WHERE c.platform_id = :vendorId)
               FROM vendor_platform vp JOIN vendor v ON v.id = vp.vendor_id
              WHERE vp.platform_id = :vendorId
              ORDER BY vp.user_name, vp.vendor_id
              LIMIT :users)
             ORDER BY name, id""")
    List<VendorLink> findLinksOf(long vendorId, int users);

    @Query("SELECT COUNT(*) FROM vendor_platform WHERE platform_id = :platformId")
    long countUsersOf(long platformId);

    @Query("DELETE FROM vendor_platform WHERE vendor_id = :vendorId")
    void deletePlatformLinks(long vendorId);

    /** The user's name is copied from its row (V37), so links must be written after the vendor row changes. */
    @Query("INSERT INTO vendor_platform (vendor_id, platform_id, user_name) SELECT id, :platformId, name FROM vendor WHERE id = :vendorId")
    void insertPlatformLink(long vendorId, long platformId);

    /** Locks the vendor row so concurrent writers to its dependent data (holdings, links) serialise. */
    @Query("SELECT holdings_version FROM vendor WHERE id = :id FOR UPDATE")
    Optional<Long> lockForHoldingsUpdate(long id);

    @Query("""
            UPDATE vendor SET total_records = :totalRecords, data_category_count = :categoryCount,
                   holdings_version = holdings_version + 1
             WHERE id = :id""")
    void updateHoldingSummary(long id, long totalRecords, int categoryCount);
}
