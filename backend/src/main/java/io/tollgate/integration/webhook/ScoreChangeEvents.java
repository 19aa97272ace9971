package io.tollgate.integration.webhook;

import io.micronaut.runtime.event.annotation.EventListener;
import io.tollgate.risk.VendorRisksScored;
import jakarta.inject.Singleton;

/** Queues a score-change event for each move the scoring stores, in the transaction that stores it. */
@Singleton
class ScoreChangeEvents {
    private final WebhookEvents events;

    ScoreChangeEvents(WebhookEvents events) {
        this.events = events;
    }

    @EventListener
    void onScored(VendorRisksScored scored) {
        events.scoresChanged(scored.moves().stream().map(m -> new WebhookEvents.ScoreChange(m.vendorId(), m.vendorName(),
                m.previousScore(), m.previousGrade(), m.score(), m.grade(), m.reason())).toList());
    }
}
