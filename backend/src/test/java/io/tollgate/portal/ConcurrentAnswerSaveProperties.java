package io.tollgate.portal;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.tollgate.security.PasswordHasher;
import io.tollgate.security.Role;
import io.tollgate.security.UserRepository;
import io.tollgate.testsupport.ApiClient;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.Invitation;
import io.tollgate.testsupport.TemplateBuilder;
import io.tollgate.testsupport.TestUsers;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Autosave from several tabs or people at once: of N saves of one answer that all carry the same (current) version,
 * exactly one is stored; every other gets 409 with the answer that won; and the stored answer is the acknowledged
 * one. Over real HTTP against the real database, with generated numbers of savers, values and earlier versions.
 * (jqwik runs beside JUnit Jupiter, so the application is started here rather than by {@code @MicronautTest}.)
 */
class ConcurrentAnswerSaveProperties {
    private static EmbeddedServer server;
    private static ApiClient analyst;
    private static long templateId;

    @BeforeContainer
    static void start() {
        server = ApplicationContext.builder().environments(Environment.TEST)
                .properties(Map.of("micronaut.server.port", -1)).run(EmbeddedServer.class);
        ApiClient anonymous = new ApiClient(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
        analyst = anonymous.as(TestUsers.tokenFor(Role.ANALYST, server.getApplicationContext().getBean(UserRepository.class),
                server.getApplicationContext().getBean(PasswordHasher.class), anonymous));
        templateId = TemplateBuilder.template().create(analyst);
    }

    @AfterContainer
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Provide
    Arbitrary<List<String>> concurrentValues() {
        return Arbitraries.of("YES", "NO", "PARTIAL", "NA").list().ofMinSize(2).ofMaxSize(6);
    }

    @Property(tries = 15)
    @SuppressWarnings("unchecked")
    void ofConcurrentSavesOfOneVersionExactlyOneWinsAndTheOthersGet409WithTheWinner(
            @ForAll("concurrentValues") List<String> values, @ForAll @IntRange(min = 0, max = 2) int earlierSaves) throws Exception {
        Invitation invitation = Invitation.send(analyst, templateId);
        long questionId = invitation.questionId("mfa");
        String path = "/api/v1/portal/assessment/answers/" + questionId;
        for (int v = 0; v < earlierSaves; v++) {
            assertThat(invitation.portal().put(path, Map.of("value", v % 2 == 0 ? "NO" : "YES", "version", v)).status()).isEqualTo(200);
        }
        long version = earlierSaves;

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(values.size());
        List<Future<Response>> sent = new ArrayList<>();
        for (String value : values) {
            sent.add(pool.submit(() -> {
                go.await();
                return invitation.portal().put(path, Map.of("value", value, "version", version));
            }));
        }
        go.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> f : sent) {
            responses.add(f.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        List<Response> won = responses.stream().filter(r -> r.status() == 200).toList();
        assertThat(won).as("saves acknowledged among %s", responses).hasSize(1);
        Object winner = won.get(0).map().get("value");
        assertThat(won.get(0).map()).containsEntry("version", (int) version + 1);
        assertThat(responses).filteredOn(r -> r.status() != 200).hasSize(values.size() - 1).allSatisfy(lost -> {
            assertThat(lost.status()).as(lost.toString()).isEqualTo(409);
            Map<String, Object> current = (Map<String, Object>) lost.map().get("currentAnswer");
            assertThat(current).as("the 409's current answer").containsEntry("value", winner)
                    .containsEntry("version", (int) version + 1);
        });
        Map<String, Object> stored = PortalAnsweringTest.answerOf(invitation, "mfa");
        assertThat(stored).containsEntry("value", winner).containsEntry("version", (int) version + 1);
    }
}
