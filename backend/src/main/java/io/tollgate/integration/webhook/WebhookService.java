package io.tollgate.integration.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.tollgate.api.model.WebhookEventType;
import io.tollgate.audit.AuditLog;
import io.tollgate.common.ConflictException;
import io.tollgate.common.ETags;
import io.tollgate.common.InvalidInputException;
import io.tollgate.common.NotFoundException;
import io.tollgate.common.PreconditionFailedException;
import io.tollgate.common.Values;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Subscriptions (with their event types) and their delivery log. */
@Singleton
public class WebhookService {
    /** Enough for any integration landscape; keeps fan-out per event small. */
    static final long MAX_SUBSCRIPTIONS = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookEvents events;
    private final WebhookUrls urls;
    private final WebhookSecrets secrets;
    private final Clock clock;
    private final AuditLog audit;

    public WebhookService(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries,
                          WebhookEvents events, WebhookUrls urls, WebhookSecrets secrets, Clock clock, AuditLog audit) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.events = events;
        this.urls = urls;
        this.secrets = secrets;
        this.clock = clock;
        this.audit = audit;
    }

    public record Input(String url, @Nullable String description, Collection<WebhookEventType> eventTypes,
                        @Nullable Double minScoreDelta, @Nullable Boolean active) {
    }

    /** A subscription with its event types; {@code secret} is set only right after creation. */
    public record Details(WebhookSubscription subscription, List<WebhookEventType> eventTypes, @Nullable String secret) {
    }

    public record Log(List<WebhookDeliveryRepository.Row> items, long total) {
    }

    @Transactional
    public Details create(Input input) {
        checkUrl(input.url());
        if (subscriptions.count() >= MAX_SUBSCRIPTIONS) {
            throw new ConflictException("There are already " + MAX_SUBSCRIPTIONS + " webhook subscriptions; remove one first.");
        }
        Instant now = Values.now(clock);
        String secret = newSecret();
        WebhookSubscription saved = subscriptions.save(new WebhookSubscription(null, input.url().trim(),
                Values.blankToNull(input.description()), secrets.seal(secret), delta(input.minScoreDelta(), BigDecimal.valueOf(5)),
                input.active() == null || input.active(), 0, now, now));
        Set<WebhookEventType> types = new LinkedHashSet<>(input.eventTypes());
        types.forEach(t -> subscriptions.insertEventType(saved.id(), t.getValue()));
        Details created = new Details(saved, List.copyOf(types), secret);
        audit.record("webhook.create", "webhook", saved.id(), null, created);
        return created;
    }

    @Transactional
    public Details update(long id, long expectedVersion, @Nullable String ifMatch, Input input) {
        WebhookSubscription current = find(id);
        Details before = get(id);
        if (ifMatch != null && !ETags.matches(ifMatch, current.version())) {
            throw new PreconditionFailedException("Webhook " + id + " has changed since it was read (current ETag "
                    + ETags.of(current.version()) + ").");
        }
        if (current.version() != expectedVersion) {
            throw ConflictException.staleVersion("Webhook", id, current.version());
        }
        checkUrl(input.url());
        int changed = subscriptions.updateDetails(id, expectedVersion, input.url().trim(), Values.blankToNull(input.description()),
                delta(input.minScoreDelta(), current.minScoreDelta()), input.active() == null ? current.active() : input.active(),
                Values.now(clock));
        if (changed == 0) {
            throw ConflictException.staleVersion("Webhook", id, expectedVersion);
        }
        subscriptions.deleteEventTypes(id);
        new LinkedHashSet<>(input.eventTypes()).forEach(t -> subscriptions.insertEventType(id, t.getValue()));
        Details after = get(id);
        audit.record("webhook.update", "webhook", id, before, after);
        return after;
    }

    @Transactional
    public Details get(long id) {
        WebhookSubscription s = find(id);
        return new Details(s, typesOf(List.of(id)).getOrDefault(id, List.of()), null);
    }

    @Transactional
    public Page<Details> list(int page, int size) {
        Page<WebhookSubscription> result = subscriptions.findAll(Pageable.from(page, size, Sort.of(Sort.Order.asc("id"))));
        List<Long> ids = result.getContent().stream().map(WebhookSubscription::id).toList();
        Map<Long, List<WebhookEventType>> types = ids.isEmpty() ? Map.of() : typesOf(ids);
        return result.map(s -> new Details(s, types.getOrDefault(s.id(), List.of()), null));
    }

    @Transactional
    public void delete(long id) {
        Details before = get(id);
        subscriptions.deleteById(id);
        audit.record("webhook.delete", "webhook", id, before, null);
    }

    @Transactional
    public Log log(long id, @Nullable String status, int page, int size) {
        find(id);
        return new Log(deliveries.findLog(id, status, size, (long) page * size), deliveries.countLog(id, status));
    }

    /** Queues a ping to this subscription; returns its delivery. */
    @Transactional
    public WebhookDeliveryRepository.Row ping(long id) {
        WebhookSubscription s = find(id);
        if (!s.active()) {
            throw new ConflictException("Webhook " + id + " is inactive; activate it before sending a test.");
        }
        long eventId = events.ping(id);
        return deliveries.findByEvent(id, eventId).orElseThrow(() -> new IllegalStateException("ping delivery not found"));
    }

    @Transactional
    public WebhookDeliveryRepository.Row redeliver(long id, long deliveryId) {
        find(id);
        deliveries.findOne(id, deliveryId).orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
        if (deliveries.requeue(id, deliveryId, Values.now(clock)) == 0) {
            throw new ConflictException("Delivery " + deliveryId + " is being sent right now; try again in a moment.");
        }
        return deliveries.findOne(id, deliveryId).orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
    }

    private WebhookSubscription find(long id) {
        return subscriptions.findById(id).orElseThrow(() -> new NotFoundException("Webhook", id));
    }

    private Map<Long, List<WebhookEventType>> typesOf(List<Long> ids) {
        return subscriptions.findEventTypes(ids).stream().collect(Collectors.groupingBy(
                WebhookSubscriptionRepository.EventTypeRow::subscriptionId,
                Collectors.mapping(r -> WebhookEventType.fromValue(r.eventType()), Collectors.toList())));
    }

    private void checkUrl(String url) {
        urls.problem(url.trim()).ifPresent(problem -> {
            throw new InvalidInputException("url", problem);
        });
    }

    private static BigDecimal delta(@Nullable Double requested, BigDecimal fallback) {
        return requested == null ? fallback : BigDecimal.valueOf(requested).setScale(1, RoundingMode.HALF_UP);
    }

    /** 32 random bytes: as strong as the HMAC-SHA256 key can use. */
    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
