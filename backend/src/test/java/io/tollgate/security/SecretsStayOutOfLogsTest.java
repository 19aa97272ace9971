package io.tollgate.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.Invitation;
import io.tollgate.testsupport.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything logged (at the configured levels) while passwords and tokens pass through sign-in, the portal and refusals. */
@MicronautTest(transactional = false)
class SecretsStayOutOfLogsTest extends IntegrationTest {
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger root;

    @BeforeEach
    void capture() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
    }

    @Test
    void passwordsAndTokensAreNeverLogged() {
        String username = TestUsers.create(Role.ANALYST, users, hasher);
        String wrongPassword = "wrong-password-" + System.nanoTime();
        anonymous.post("/api/v1/auth/login", Map.of("username", username, "password", wrongPassword));
        String token = (String) anonymous.post("/api/v1/auth/login", Map.of("username", username, "password", TestUsers.PASSWORD))
                .map().get("accessToken");
        Invitation invitation = Invitation.send(anonymous.as(token));
        invitation.portal().get("/api/v1/portal/assessment");
        anonymous.get("/portal/" + invitation.token(), "Accept", "text/html");
        anonymous.as(invitation.token()).get("/api/v1/vendors");
        anonymous.as(token + "x").get("/api/v1/vendors");
        anonymous.as(token).post("/api/v1/vendors", "{not json");

        assertThat(captured.list).allSatisfy(event -> {
            String text = event.getFormattedMessage() + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage());
            assertThat(text).doesNotContain(wrongPassword).doesNotContain(TestUsers.PASSWORD)
                    .doesNotContain(token).doesNotContain(invitation.token());
        });
    }
}
