package io.tollgate.vendor;

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

    /**
     * Both directions in one round trip for a page of vendors: the platforms of each vendor, and the first
     * {@code usersPerVendor} vendors (by name, then id) that use each, every one carrying how many use it in all.
     * The users are ranked inside the database so that only the first ones travel, however many there are.
     */
    @Query("""
            SELECT vp.vendor_id AS from_vendor_id, 'P' AS relation, v.id, v.name, v.category, 0 AS from_vendor_user_count
              FROM vendor_platform vp JOIN vendor v ON v.id = vp.platform_id
             WHERE vp.vendor_id IN (:vendorIds)
            UNION ALL
            SELECT from_vendor_id, 'U', id, name, category, from_vendor_user_count
              FROM (SELECT vp.platform_id AS from_vendor_id, v.id, v.name, v.category,
                           ROW_NUMBER() OVER (PARTITION BY vp.platform_id ORDER BY v.name, v.id) AS position,
                           COUNT(*) OVER (PARTITION BY vp.platform_id) AS from_vendor_user_count
                      FROM vendor_platform vp JOIN vendor v ON v.id = vp.vendor_id
                     WHERE vp.platform_id IN (:vendorIds)) users
             WHERE position <= :usersPerVendor
             ORDER BY name, id""")
    List<VendorLink> findLinksOf(Collection<Long> vendorIds, int usersPerVendor);

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
              ORDER BY v.name, v.id
              LIMIT :users)
             ORDER BY name, id""")
    List<VendorLink> findLinksOf(long vendorId, int users);

    /** The platforms of one vendor, by name. */
    @Query("""
            SELECT vp.vendor_id AS from_vendor_id, 'P' AS relation, v.id, v.name, v.category, 0 AS from_vendor_user_count
              FROM vendor_platform vp JOIN vendor v ON v.id = vp.platform_id
             WHERE vp.vendor_id = :vendorId
             ORDER BY v.name, v.id""")
    List<VendorLink> findPlatformsOf(long vendorId);

    @Query("SELECT COUNT(*) FROM vendor_platform WHERE platform_id = :platformId")
    long countUsersOf(long platformId);

    @Query("DELETE FROM vendor_platform WHERE vendor_id = :vendorId")
    void deletePlatformLinks(long vendorId);

    @Query("INSERT INTO vendor_platform (vendor_id, platform_id) VALUES (:vendorId, :platformId)")
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
