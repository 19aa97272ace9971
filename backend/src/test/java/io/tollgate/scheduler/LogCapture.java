package io.tollgate.scheduler;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Every event the application logs while it is open, as the configured appenders receive them (logback.xml). */
final class LogCapture implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    List<ILoggingEvent> events() {
        synchronized (appender) { // AppenderBase appends under the appender's own lock
            return List.copyOf(appender.list);
        }
    }

    /** Events logged with a stack trace, by any logger, as "LEVEL logger: message" lines. */
    List<String> stackTraces() {
        return events().stream().filter(e -> e.getThrowableProxy() != null).map(LogCapture::line).toList();
    }

    /** Warnings and errors of the loggers under these names, as "LEVEL logger: message" lines. */
    List<String> warnings(String... loggerPrefixes) {
        return events().stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .filter(e -> java.util.Arrays.stream(loggerPrefixes).anyMatch(e.getLoggerName()::startsWith))
                .map(LogCapture::line).toList();
    }

    private static String line(ILoggingEvent e) {
        return e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : " [stack trace of " + e.getThrowableProxy().getClassName() + "]");
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
