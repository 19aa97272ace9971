package io.tollgate.scheduler;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.MySQL8JdbcCustomization;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.stats.MicrometerStatsRegistry;
import com.github.kagkarlsson.scheduler.stats.StatsRegistryAdapter;
import com.github.kagkarlsson.scheduler.task.Task;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * db-scheduler's two entry points. The {@link Scheduler} polls, runs due tasks and heartbeats on its own threads,
 * outside any Micronaut transaction, so it gets the pool itself: on the injected (contextual) DataSource every poll
 * fails with "no current connection". The {@link SchedulerClient}, for application code that schedules work, gets the
 * injected DataSource, so a task scheduled inside a transaction is written by that transaction and goes with its
 * rollback; it must be called inside a transaction (or {@code @Connectable}).
 * <p>
 * The dialect is set, not detected: MySQL Connector/J reports MariaDB as MySQL 5.5, which db-scheduler would treat as
 * "MySQL before 8"; the MySQL 8 customization's {@code LIMIT n FOR UPDATE SKIP LOCKED} also runs on MariaDB 10.6+.
 * Times are written as UTC whatever the JVM's zone.
 */
@Factory
public class SchedulerFactory {

    @Singleton
    @Bean(preDestroy = "stop")
    @Requires(property = "tollgate.scheduler.enabled", notEquals = "false")
    Scheduler scheduler(DataSource dataSource, List<RecurringJob> jobs, SchedulerSettings settings,
                        @Nullable MeterRegistry meters) {
        List<RecurringJobTask> tasks = tasks(jobs, settings);
        SchedulerBuilder builder = Scheduler.create(DelegatingDataSource.unwrapDataSource(dataSource))
                .startTasks(tasks)
                .jdbcCustomization(new MySQL8JdbcCustomization(true))
                .alwaysPersistTimestampInUTC()
                .schedulerName(new SchedulerName.Fixed(name(settings)))
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeatInterval())
                .missedHeartbeatsLimit(settings.missedHeartbeatsLimit())
                .shutdownMaxWait(settings.shutdownMaxWait())
                // One line per failure, as the loops it replaced logged: an outage fails every task every few minutes.
                .failureLogging(LogLevel.WARN, false);
        if (meters != null) {
            // dbscheduler_task_completions{task,result}, dbscheduler_task_duration, dbscheduler_task_last_run_*.
            builder.addSchedulerListener(new StatsRegistryAdapter(new MicrometerStatsRegistry(meters, tasks)));
        }
        return builder.build();
    }

    @Singleton
    SchedulerClient schedulerClient(DataSource dataSource, List<RecurringJob> jobs, SchedulerSettings settings) {
        List<Task<?>> known = new ArrayList<>(tasks(jobs, settings));
        return SchedulerClient.Builder.create(dataSource, known)
                .jdbcCustomization(new MySQL8JdbcCustomization(true))
                .build();
    }

    static List<RecurringJobTask> tasks(List<RecurringJob> jobs, SchedulerSettings settings) {
        Set<String> names = new HashSet<>();
        for (RecurringJob job : jobs) {
            if (!names.add(job.name())) {
                throw new IllegalStateException("Two recurring jobs are named " + job.name());
            }
        }
        return jobs.stream().map(job -> new RecurringJobTask(job, settings.retryAfterFailure())).toList();
    }

    /** The host's name and the process id (picked_by holds 50 characters). */
    private static String name(SchedulerSettings settings) {
        String name = settings.name() != null && !settings.name().isBlank() ? settings.name()
                : new SchedulerName.Hostname().getName() + "-" + ProcessHandle.current().pid();
        return name.length() <= 50 ? name : name.substring(name.length() - 50);
    }
}
