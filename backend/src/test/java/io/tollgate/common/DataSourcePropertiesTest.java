package io.tollgate.common;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The driver settings under datasources.default.data-source-properties in application.yml must reach the driver.
 * Unquoted YAML booleans and numbers there were once dropped without a word: the pool ran with the driver's
 * defaults (no prepared-statement cache, no socket timeout), and the read path re-parsed every statement.
 */
@MicronautTest(transactional = false)
class DataSourcePropertiesTest {
    @Inject
    DataSource dataSource;

    @Test
    void driverSettingsFromApplicationYmlReachTheDriver() throws Exception {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            var properties = connection.unwrap(JdbcConnection.class).getPropertySet();
            assertEquals(true, properties.getBooleanProperty(PropertyKey.cachePrepStmts).getValue());
            assertEquals(250, properties.getIntegerProperty(PropertyKey.prepStmtCacheSize).getValue());
            assertEquals(2048, properties.getIntegerProperty(PropertyKey.prepStmtCacheSqlLimit).getValue());
            assertEquals(30000, properties.getIntegerProperty(PropertyKey.socketTimeout).getValue());
            assertEquals(3000, properties.getIntegerProperty(PropertyKey.connectTimeout).getValue());
            assertEquals(true, properties.getBooleanProperty(PropertyKey.useLocalSessionState).getValue());
            assertEquals(true, properties.getBooleanProperty(PropertyKey.elideSetAutoCommits).getValue());
            assertEquals(true, properties.getBooleanProperty(PropertyKey.rewriteBatchedStatements).getValue());
        }
    }
}
