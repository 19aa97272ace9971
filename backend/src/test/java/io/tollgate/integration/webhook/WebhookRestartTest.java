package io.tollgate.integration.webhook;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.tollgate.security.PasswordHasher;
import io.tollgate.security.Role;
import io.tollgate.security.UserRepository;
import io.tollgate.testsupport.ApiClient;
import io.tollgate.testsupport.IncidentBodies;
import io.tollgate.testsupport.TestUsers;
import io.tollgate.testsupport.WebhookReceiver;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.WebhookBuilder.webhook;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event raised by an instance that stops before sending it is delivered by the next instance to start on the
 * same database: the outbox, not memory, holds what is still to be sent.
 */
class WebhookRestartTest {

    @Test
    void aDeliveryQueuedBeforeAShutdownIsSentAfterTheNextStart() {
        try (WebhookReceiver receiver = WebhookReceiver.healthy()) {
            Map<String, Object> hook;
            String incidentId;
            try (EmbeddedServer first = start(false)) {
                ApiClient admin = signIn(first, Role.ADMIN);
                hook = webhook(receiver.url(), "incident.published").create(admin);
                ApiClient.Response incident = signIn(first, Role.ANALYST).post("/api/v1/incidents", IncidentBodies.incident("ACTIVE"));
                assertThat(incident.status()).isEqualTo(201);
                incidentId = String.valueOf(incident.map().get("id"));

                List<Map<String, Object>> queued = items(admin.get("/api/v1/webhooks/" + hook.get("id") + "/deliveries"));
                assertThat(queued).singleElement().satisfies(d ->
                        assertThat(d).containsEntry("status", "PENDING").containsEntry("attempts", 0));
            }
            assertThat(receiver.received()).as("nothing sent before the shutdown").isEmpty();

            try (EmbeddedServer second = start(true)) {
                WebhookReceiver.Received delivered = receiver.await(1, r -> true, Duration.ofSeconds(20)).get(0);
                assertThat(delivered.header("Tollgate-Event")).isEqualTo("incident.published");
                assertThat(delivered.body()).contains("\"incidentId\":" + incidentId + ",");
                WebhookDeliveryTest.assertSignedWith((String) hook.get("secret"), delivered);

                ApiClient admin = signIn(second, Role.ADMIN);
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                List<Map<String, Object>> log = List.of();
                while (System.nanoTime() < deadline) {
                    log = items(admin.get("/api/v1/webhooks/" + hook.get("id") + "/deliveries"));
                    if (!log.isEmpty() && "DELIVERED".equals(log.get(0).get("status"))) {
                        break;
                    }
                    Thread.sleep(100);
                }
                assertThat(log).singleElement().satisfies(d -> assertThat(d).containsEntry("status", "DELIVERED")
                        .containsEntry("attempts", 1));
                admin.delete("/api/v1/webhooks/" + hook.get("id"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static EmbeddedServer start(boolean dispatch) {
        return ApplicationContext.run(EmbeddedServer.class,
                Map.of("tollgate.webhooks.dispatcher-enabled", dispatch, "micronaut.server.port", -1), Environment.TEST);
    }

    private static ApiClient signIn(EmbeddedServer server, Role role) {
        ApplicationContext context = server.getApplicationContext();
        ApiClient anonymous = new ApiClient(server.getURI(), context.getBean(JsonMapper.class));
        return anonymous.as(TestUsers.tokenFor(role, context.getBean(UserRepository.class), context.getBean(PasswordHasher.class),
                anonymous));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(ApiClient.Response page) {
        return (List<Map<String, Object>>) page.map().get("items");
    }
}
