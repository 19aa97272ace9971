package io.tollgate.scheduler;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.HashMap;
import java.util.Map;

/**
 * One Tollgate instance as production runs it (application context, HTTP server on a free port, the scheduler started
 * by the server's start-up), on the test database, with its own connection pool. Several can run side by side.
 */
final class TollgateInstance implements AutoCloseable {
    final String name;
    final ApplicationContext context;

    private TollgateInstance(String name, ApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    /** Starts an instance polling every 200 ms; {@code overrides} are further configuration properties. */
    static TollgateInstance start(String name, Map<String, Object> overrides) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("tollgate.scheduler.enabled", true);
        properties.put("tollgate.scheduler.name", name);
        properties.put("tollgate.scheduler.polling-interval", "200ms");
        properties.put("tollgate.scheduler.shutdown-max-wait", "3s");
        properties.put("datasources.default.maximum-pool-size", 5);
        // The scoring worker's bean is created by its first poll: at once, so that it never is while the instance stops.
        properties.put("tollgate.scoring.initial-delay", "100ms");
        properties.putAll(overrides);
        ApplicationContext context = ApplicationContext.builder()
                .environments(Environment.TEST)
                .properties(properties)
                .start();
        try {
            context.getBean(EmbeddedServer.class).start();
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return new TollgateInstance(name, context);
    }

    static TollgateInstance start(String name) {
        return start(name, Map.of());
    }

    /** How many runs of {@code task} this instance completed, by result ({@code ok} or {@code failed}). */
    double completions(String task, String result) {
        Counter counter = context.getBean(MeterRegistry.class).find("dbscheduler_task_completions")
                .tag("task", task).tag("result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    Scheduler scheduler() {
        return context.getBean(Scheduler.class);
    }

    @Override
    public void close() {
        if (context.isRunning()) {
            context.close();
        }
    }
}
