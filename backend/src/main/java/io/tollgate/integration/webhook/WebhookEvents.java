package io.tollgate.integration.webhook;

import io.micronaut.json.JsonMapper;
import io.tollgate.common.Values;
import jakarta.inject.Singleton;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.TransactionDefinition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Raises events. Each call must run inside the transaction of the change it reports (MANDATORY): the event and its
 * deliveries commit or roll back with that change, so a committed change is never without its event and a
 * rolled-back one never announced. Sending happens later, in {@link WebhookDispatcher}.
 */
@Singleton
public class WebhookEvents {
    public static final String SCORE_CHANGED = "vendor.score_changed";
    public static final String ASSESSMENT_SUBMITTED = "assessment.submitted";
    public static final String INCIDENT_PUBLISHED = "incident.published";
    public static final String FINDING_OVERDUE = "finding.overdue";
    public static final String PING = "ping";

    private final EventOutboxRepository outbox;
    private final JsonMapper json;
    private final Clock clock;

    public WebhookEvents(EventOutboxRepository outbox, JsonMapper json, Clock clock) {
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** One vendor's score move, as {@link #scoresChanged} takes them. */
    public record ScoreChange(long vendorId, String vendorName, BigDecimal previousScore, String previousGrade,
                              BigDecimal score, String grade, String reason) {
        BigDecimal delta() {
            return score.subtract(previousScore);
        }

        boolean gradeChanged() {
            return !previousGrade.equals(grade);
        }

        Map<String, Object> data() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("vendorId", vendorId);
            data.put("vendorName", vendorName);
            data.put("previousScore", previousScore);
            data.put("score", score);
            data.put("delta", delta());
            data.put("previousGrade", previousGrade);
            data.put("grade", grade);
            data.put("reason", reason);
            return data;
        }
    }

    /**
     * The score moves of a re-score chunk: the subscriptions are read once, and an event is stored only for a
     * move some subscription takes (its grade changed, or |delta| reaches the subscription's threshold). An event no delivery refers to
     * would never be sent, only deleted by retention; with no subscription at all this costs one read.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void scoresChanged(List<ScoreChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<EventOutboxRepository.Receiver> receivers = outbox.receivers(SCORE_CHANGED);
        if (receivers.isEmpty()) {
            return;
        }
        for (ScoreChange change : changes) {
            BigDecimal move = change.delta().abs();
            List<Long> to = receivers.stream()
                    .filter(r -> change.gradeChanged() || r.minScoreDelta().compareTo(move) <= 0)
                    .map(EventOutboxRepository.Receiver::subscriptionId).toList();
            if (!to.isEmpty()) {
                EventOutboxEntry event = store(SCORE_CHANGED, change.data());
                to.forEach(subscription -> outbox.queueFor(subscription, event.id(), event.createdAt()));
            }
        }
    }

    /** Delivered to every subscription to {@code type}. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void raise(String type, Map<String, Object> data) {
        EventOutboxEntry event = store(type, data);
        outbox.fanOut(event.id(), type, event.createdAt());
    }

    /** A ping for one subscription only; returns the event's id. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public long ping(long subscriptionId) {
        EventOutboxEntry event = store(PING, Map.of("subscriptionId", subscriptionId));
        outbox.queueFor(subscriptionId, event.id(), event.createdAt());
        return event.id();
    }

    private EventOutboxEntry store(String type, Map<String, Object> data) {
        Instant now = Values.now(clock);
        String uid = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", uid);
        body.put("type", type);
        body.put("createdAt", now.toString());
        body.put("data", data);
        try {
            return outbox.save(new EventOutboxEntry(null, uid, type, json.writeValueAsString(body), now));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
