package io.tollgate.security;

import io.micronaut.context.env.Environment;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.tollgate.embedded.EmbeddedDatabase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * There is no default password. On first start (no users at all) the admin account is created
 * from TOLLGATE_ADMIN_PASSWORD; the embedded demo without it gets a random password, logged once.
 */
@Singleton
public class AdminAccountBootstrap implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(AdminAccountBootstrap.class);
    static final int MIN_PASSWORD_LENGTH = 12;
    /** The contract's limit on the sign-in password (LoginRequest.password): a longer one could never be used. */
    static final int MAX_PASSWORD_LENGTH = 200;

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Environment environment;
    private final String configuredPassword;

    public AdminAccountBootstrap(UserRepository users, PasswordHasher hasher, Environment environment,
                                 @Value("${tollgate.admin-password:}") String configuredPassword) {
        this.users = users;
        this.hasher = hasher;
        this.environment = environment;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        try {
            if (users.count() > 0) {
                return;
            }
        } catch (RuntimeException e) {
            // Connection failures surface as several exception types; whichever it is, the server still starts, so it can answer 503 and recover once the database is back.
            LOG.warn("Database unavailable at startup; user accounts were not checked.");
            return;
        }
        String password = configuredPassword;
        boolean generated = false;
        if (password == null || password.isBlank()) {
            if (!environment.getActiveNames().contains(EmbeddedDatabase.ENVIRONMENT)) {
                LOG.warn("No users exist. Set TOLLGATE_ADMIN_PASSWORD (at least {} characters) and restart to create user 'admin'.",
                        MIN_PASSWORD_LENGTH);
                return;
            }
            password = randomPassword();
            generated = true;
        } else if (password.length() < MIN_PASSWORD_LENGTH) {
            LOG.error("TOLLGATE_ADMIN_PASSWORD is shorter than {} characters; user 'admin' was not created.", MIN_PASSWORD_LENGTH);
            return;
        } else if (password.length() > MAX_PASSWORD_LENGTH) {
            LOG.error("TOLLGATE_ADMIN_PASSWORD is longer than {} characters, more than sign-in accepts; user 'admin' was not created.",
                    MAX_PASSWORD_LENGTH);
            return;
        }
        try {
            users.save(new User(null, "admin", hasher.hash(password), Role.ADMIN, true, Instant.now()));
        } catch (DataAccessException e) {
            // Another instance created it at the same moment.
            LOG.info("User 'admin' already exists.");
            return;
        }
        if (generated) {
            // One line: the log pattern turns line breaks into spaces.
            LOG.warn("Tollgate demo: sign in as user 'admin' with password  {}  (shown once; set TOLLGATE_ADMIN_PASSWORD to choose it)", password);
        } else {
            LOG.info("Created user 'admin' from TOLLGATE_ADMIN_PASSWORD.");
        }
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
