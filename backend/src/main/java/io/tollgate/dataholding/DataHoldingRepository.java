package io.tollgate.dataholding;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DataHoldingRepository extends CrudRepository<DataHolding, Long> {
    @Query("SELECT * FROM data_holding WHERE vendor_id = :vendorId ORDER BY record_count DESC, data_category")
    List<DataHolding> findByVendor(long vendorId);
}
