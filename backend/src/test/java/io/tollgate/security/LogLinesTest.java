package io.tollgate.security;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's own log configuration (logback.xml), read as it is shipped. */
class LogLinesTest {

    @Test
    void lineBreaksInAMessageCannotForgeALogLine() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogLinesTest.class.getResource("/logback.xml"));
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> stdout = (OutputStreamAppender<ILoggingEvent>) context.getLogger("ROOT").getAppender("STDOUT");
        String forged = "/api/v1/vendors\r\n12:00:00.000 INFO  i.t.security.LoginGuard - admin signed in\nand more";
        LoggingEvent event = new LoggingEvent("test", context.getLogger("io.tollgate.test"), Level.WARN,
                "Database unavailable for GET {}", null, new Object[]{forged});

        String written = new String(stdout.getEncoder().encode(event), StandardCharsets.UTF_8);

        assertThat(written).endsWith(System.lineSeparator());
        assertThat(written.substring(0, written.length() - System.lineSeparator().length())).doesNotContain("\n", "\r")
                .contains("/api/v1/vendors 12:00:00.000 INFO  i.t.security.LoginGuard - admin signed in and more");
        context.stop();
    }
}
