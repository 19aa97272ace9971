package io.tollgate.integration.webhook;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends due deliveries: claims a batch (see {@link WebhookDeliveries}), POSTs each signed body, records the outcome.
 * Every instance runs one. The HTTP client has its own short timeouts, does not follow redirects (a redirect could
 * point inside our network) and reads at most 64 KB of an answer.
 */
@Singleton
public class WebhookDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookDeliveries deliveries;
    private final WebhookUrls urls;
    private final WebhookSettings settings;
    private final WebhookSecrets secrets;
    private final Clock clock;
    private final HttpClient http;
    private final String workerId = "webhooks-" + UUID.randomUUID();
    private final AtomicBoolean running = new AtomicBoolean();

    public WebhookDispatcher(WebhookDeliveries deliveries, WebhookUrls urls, WebhookSettings settings,
                             WebhookSecrets secrets, Clock clock) {
        this.deliveries = deliveries;
        this.urls = urls;
        this.settings = settings;
        this.secrets = secrets;
        this.clock = clock;
        DefaultHttpClientConfiguration config = new DefaultHttpClientConfiguration();
        config.setConnectTimeout(settings.getTimeout());
        config.setReadTimeout(settings.getTimeout());
        config.setFollowRedirects(false);
        config.setMaxContentLength(64 * 1024);
        // Created here rather than injected: the application's default client settings (redirects, timeouts) must not
        // apply to requests whose target a user chose.
        this.http = HttpClient.create(null, config);
    }

    @PreDestroy
    void close() {
        http.close();
    }

    // Per instance on purpose: every instance sends deliveries, claimed from the shared table with a lease.
    @Scheduled(fixedDelay = "${tollgate.webhooks.interval:2s}", initialDelay = "${tollgate.webhooks.initial-delay:3s}")
    void drain() {
        if (!settings.isDispatcherEnabled() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            int claimed;
            do {
                claimed = runOnce(workerId, settings.getBatchSize());
            } while (claimed == settings.getBatchSize());
        } catch (RuntimeException e) {
            LOG.warn("Webhook dispatcher stopped this round: {}", e.toString());
        } finally {
            running.set(false);
        }
    }

    /** Claims and sends one batch as {@code worker}; returns how many deliveries it claimed. */
    public int runOnce(String worker, int limit) {
        List<WebhookDeliveryRepository.Row> claimed = deliveries.claim(worker, limit);
        claimed.forEach(d -> send(d, worker));
        return claimed.size();
    }

    void send(WebhookDeliveryRepository.Row delivery, String worker) {
        Optional<String> refused = urls.problem(delivery.url());
        if (refused.isPresent()) {
            deliveries.failed(delivery, worker, null, "URL refused: " + refused.get());
            return;
        }
        long now = clock.instant().getEpochSecond();
        String signature;
        try {
            signature = WebhookSignature.header(secrets.open(delivery.secret()), now, delivery.payload());
        } catch (IllegalStateException e) {
            // Wrong or changed tollgate.secrets.key: nothing can be signed; say so in the log the admin reads.
            deliveries.failed(delivery, worker, null, "Signing secret unreadable: " + e.getMessage());
            return;
        }
        HttpRequest<String> request = HttpRequest.POST(delivery.url(), delivery.payload())
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("User-Agent", "Tollgate-Webhooks/1")
                .header("Tollgate-Event", delivery.eventType())
                .header("Tollgate-Delivery", String.valueOf(delivery.id()))
                .header(WebhookSignature.HEADER, signature);
        try {
            HttpResponse<String> response = http.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
            int status = response.code();
            if (status >= 200 && status < 300) {
                deliveries.delivered(delivery, worker, status);
            } else {
                deliveries.failed(delivery, worker, status, "HTTP " + status);
            }
        } catch (HttpClientResponseException e) {
            deliveries.failed(delivery, worker, e.code(), "HTTP " + e.code());
        } catch (RuntimeException e) {
            // Only the exception's kind and message: never headers or the body, which could carry the signature.
            LOG.debug("Webhook delivery {} failed: {}", delivery.id(), e.toString());
            deliveries.failed(delivery, worker, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
