package io.tollgate.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops and recreates the test database once per test run, so every run starts from the
 * migrations alone and never depends on what an earlier run left behind.
 */
public class FreshTestDatabase implements LauncherSessionListener {
    private static final Pattern URL = Pattern.compile("^(jdbc:mysql://[^/]+)/([A-Za-z0-9_]+)(\\?.*)?$");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String url = System.getProperty("datasources.default.url");
        if (url == null) {
            return;
        }
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("Unexpected test database URL " + url);
        }
        String database = m.group(2);
        if (!database.contains("test")) {
            // Never drop a database that does not look like a test database.
            throw new IllegalStateException("Refusing to recreate database '" + database + "': its name must contain 'test'");
        }
        try (Connection c = DriverManager.getConnection(m.group(1) + "/",
                System.getProperty("datasources.default.username", "root"),
                System.getProperty("datasources.default.password", ""));
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot recreate the test database " + database + " (is MariaDB running on "
                    + m.group(1) + "?): " + e.getMessage(), e);
        }
    }
}
