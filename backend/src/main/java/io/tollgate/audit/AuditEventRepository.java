package io.tollgate.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

/** Insert and read only: there is deliberately no update or delete. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditEventRepository extends GenericRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {
    AuditEvent save(AuditEvent event);
}
