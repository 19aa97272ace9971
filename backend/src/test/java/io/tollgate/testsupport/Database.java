package io.tollgate.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct SQL for what the API deliberately does not expose (stored hashes) or cannot do (expire a token now). */
public final class Database {
    private Database() {
    }

    public static String column(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /** Every row of the result, column label to value (labels as the query names them). */
    public static java.util.List<java.util.Map<String, Object>> rows(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            java.util.List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>();
            while (r.next()) {
                java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    public static int update(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        }
    }

    /** A transaction held open on its own connection (e.g. to keep a row locked); closing rolls it back. */
    public interface Held extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    /** Runs a locking statement in a new transaction and keeps that transaction open until the result is closed. */
    public static Held lock(String sql, Object... params) throws SQLException {
        Connection c = connect();
        c.setAutoCommit(false);
        try (PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                // the rows are locked by reading them
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return () -> {
            try {
                c.rollback();
            } finally {
                c.close();
            }
        };
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    /** A new connection of its own to the test database, for a test that drives a transaction step by step. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("datasources.default.url"),
                System.getProperty("datasources.default.username", "root"), System.getProperty("datasources.default.password", ""));
    }
}
