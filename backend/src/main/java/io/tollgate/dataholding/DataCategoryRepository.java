package io.tollgate.dataholding;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.tollgate.api.model.DataCategoryCode;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DataCategoryRepository extends GenericRepository<DataCategory, DataCategoryCode> {
    List<DataCategory> findAllOrderBySortOrder();
}
