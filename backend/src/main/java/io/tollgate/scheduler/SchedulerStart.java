package io.tollgate.scheduler;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

/**
 * Starts polling once the server is up, so the migrations have run and every bean a task needs exists. The scheduler
 * is stopped before the beans it depends on (the connection pool among them) are destroyed ({@link SchedulerFactory}).
 */
@Singleton
@Requires(property = "tollgate.scheduler.enabled", notEquals = "false")
class SchedulerStart implements ApplicationEventListener<ServerStartupEvent> {
    private final Scheduler scheduler;

    SchedulerStart(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        scheduler.start();
    }
}
