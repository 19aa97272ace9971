package io.tollgate.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;

/**
 * The last line: nothing internal (stack traces, SQL, pool names) reaches a client. A database
 * outage becomes 503 with Retry-After; anything else unexpected a 500 with a reference to the log.
 */
public final class ServerErrorHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorHandlers.class);

    private ServerErrorHandlers() {
    }

    @Produces
    @Singleton
    public static class DataAccess implements ExceptionHandler<DataAccessException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, DataAccessException exception) {
            return classify(request, exception);
        }
    }

    @Produces
    @Singleton
    public static class Unexpected implements ExceptionHandler<Exception, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, Exception exception) {
            return classify(request, exception);
        }
    }

    static HttpResponse<?> classify(HttpRequest<?> request, Throwable exception) {
        if (isDatabaseUnavailable(exception)) {
            LOG.warn("Database unavailable for {} {}: {}", request.getMethod(), io.tollgate.audit.AuditLog.withoutTokens(request.getPath()), rootMessage(exception));
            return Problems.response(503, "The database is unavailable. Try again shortly.").header("Retry-After", "5");
        }
        if (isTransactionRolledBack(exception)) {
            // InnoDB chose this transaction as a deadlock victim or it waited too long for a row lock: it was rolled
            // back whole, so nothing of it is stored and the same request can simply be sent again.
            LOG.warn("Transaction rolled back for {} {}: {}", request.getMethod(), io.tollgate.audit.AuditLog.withoutTokens(request.getPath()), rootMessage(exception));
            return Problems.response(503, "The change collided with a concurrent change and was not stored. Send it again.")
                    .header("Retry-After", "1");
        }
        if (hasCause(exception, SQLIntegrityConstraintViolationException.class)) {
            return Problems.response(409, "The change conflicts with existing data (a duplicate or a reference in use).");
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Unexpected error {} for {} {}", reference, request.getMethod(), io.tollgate.audit.AuditLog.withoutTokens(request.getPath()), exception);
        return Problems.response(500, "An unexpected error occurred. Reference: " + reference);
    }

    static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t.getClass().getName().endsWith("CommunicationsException")
                    // SQL state class 08, connection exception (08001 cannot connect, 08003 no connection, 08S01 link failure)
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || t.getClass().getName().equals("io.micronaut.transaction.exceptions.CannotCreateTransactionException")
                    // a pooled connection found closed while a transaction is set up on it (read-only flag, autocommit)
                    || t.getClass().getName().equals("io.micronaut.data.connection.exceptions.ConnectionException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A deadlock (MySQL error 1213) or lock wait timeout (1205), SQL state class 40: the transaction was rolled back. */
    static boolean isTransactionRolledBack(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException
                    || t instanceof SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
