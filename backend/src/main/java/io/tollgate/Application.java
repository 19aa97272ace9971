package io.tollgate;

import io.micronaut.runtime.Micronaut;
import io.tollgate.embedded.EmbeddedDatabase;

public class Application {

    public static void main(String[] args) {
        var builder = Micronaut.build(args).mainClass(Application.class).banner(false);
        if (EmbeddedDatabase.isNeeded()) {
            // No database configured: run on a private MariaDB with demo data, no setup needed.
            EmbeddedDatabase.start();
            builder.environments(EmbeddedDatabase.ENVIRONMENT);
        } else if (System.getenv("TOLLGATE_JWT_SECRET") == null
                && System.getProperty("micronaut.security.token.jwt.signatures.secret.generator.secret") == null) {
            System.err.println("TOLLGATE_JWT_SECRET is not set. Every Tollgate instance on a shared database must sign "
                    + "tokens with the same secret of at least 32 random bytes, e.g. TOLLGATE_JWT_SECRET=$(openssl rand -base64 48)");
            System.exit(2);
        }
        builder.start();
    }
}
