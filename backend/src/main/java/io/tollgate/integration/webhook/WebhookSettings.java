package io.tollgate.integration.webhook;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** {@code tollgate.webhooks.*} in application.yml; see the comments there. */
@ConfigurationProperties("tollgate.webhooks")
public interface WebhookSettings {
    @Bindable(defaultValue = "8")
    int getMaxAttempts();

    @Bindable(defaultValue = "30s")
    Duration getRetryBase();

    @Bindable(defaultValue = "6h")
    Duration getRetryMax();

    @Bindable(defaultValue = "10s")
    Duration getTimeout();

    @Bindable(defaultValue = "10")
    int getBatchSize();

    @Bindable(defaultValue = "true")
    boolean isDispatcherEnabled();

    /** How long delivered and dead deliveries, and events without deliveries left, are kept. */
    @Bindable(defaultValue = "30d")
    Duration getRetention();

    /** Rows deleted per statement by the retention cleanup. */
    @Bindable(defaultValue = "1000")
    int getRetentionBatchSize();
}
