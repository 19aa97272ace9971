package io.tollgate.risk;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import io.tollgate.api.model.RiskExplanation;
import io.tollgate.common.NotFoundException;
import io.tollgate.common.Values;
import io.tollgate.integration.webhook.WebhookEvents;
import io.tollgate.scoring.RiskModel;
import io.tollgate.scoring.RiskScore;
import io.tollgate.vendor.VendorRepository;
import io.tollgate.finding.FindingRegrade;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Scores vendors with {@link RiskModel} and keeps the current score and the history of its changes. */
@Singleton
public class VendorRiskService {
    private final RiskInputs inputs;
    private final VendorRiskScoreRepository scores;
    private final VendorRepository vendors;
    private final JsonMapper json;
    private final WebhookEvents webhookEvents;
    private final Clock clock;
    private final ApplicationEventPublisher<VendorRiskScored> events;
    private final FindingRegrade regrade;
    private final TransactionOperations<Connection> transactions;

    public VendorRiskService(RiskInputs inputs, VendorRiskScoreRepository scores, VendorRepository vendors,
                             JsonMapper json, Clock clock, ApplicationEventPublisher<VendorRiskScored> events,
                             WebhookEvents webhookEvents, FindingRegrade regrade,
                             TransactionOperations<Connection> transactions) {
        this.inputs = inputs;
        this.scores = scores;
        this.vendors = vendors;
        this.json = json;
        this.webhookEvents = webhookEvents;
        this.clock = clock;
        this.events = events;
        this.regrade = regrade;
        this.transactions = transactions;
    }

    public record History(List<VendorRiskScoreRepository.HistoryRow> items, long total) {
    }

    /**
     * Scores the vendor now and stores the result; a history row is added only when the score or the grade
     * changed (or on the first score), with {@code reason}. Empty when the vendor no longer exists.
     */
    @Transactional
    public Optional<VendorRiskScore> rescore(long vendorId, String reason, RiskInputs.Context context) {
        // Lock the vendor row first: two workers scoring one vendor then write its history in turn. (Locking the
        // score row instead would take a gap lock when there is none yet, and two first inserts would deadlock.)
        if (vendors.lockForHoldingsUpdate(vendorId).isEmpty()) {
            return Optional.empty();
        }
        Optional<RiskInputs.VendorInput> input = inputs.forVendor(vendorId, context);
        if (input.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Values.now(clock);
        regrade.regrade(Map.of(vendorId, input.get().input().vendor()), context.incidents(), context.catalogue(),
                LocalDate.ofInstant(now, ZoneOffset.UTC), now);
        RiskScore s = RiskModel.score(input.get().input(), now);
        VendorRiskScore stored = toStored(vendorId, s, input.get().input(), now);
        Optional<VendorRiskScore> previous = scores.find(vendorId);
        scores.upsert(vendorId, stored.score(), stored.grade(), stored.inherentRisk(), stored.residualRisk(),
                stored.likelihood(), stored.impact(), stored.controlEffectiveness(), stored.indicativeLossUsd(),
                stored.modelVersion(), now, stored.inputsHash());
        scores.upsertExplanation(vendorId, stored.explanation());
        if (previous.isEmpty() || changed(previous.get().score(), previous.get().grade(), stored)) {
            scores.insertHistory(vendorId, stored.score(), stored.grade(), stored.residualRisk(), stored.modelVersion(),
                    historyReason(previous.isEmpty(), reason), now);
        }
        events.publishEvent(new VendorRiskScored(vendorId));
        // In this transaction: the event commits with the score it reports (a first score is no change).
        if (previous.isPresent() && changed(previous.get().score(), previous.get().grade(), stored)) {
            webhookEvents.scoreChanged(vendorId, input.get().vendor().name(), previous.get().score(), previous.get().grade(),
                    stored.score(), stored.grade(), reason);
        }
        return Optional.of(stored);
    }

    /** The row to store for a full score (figures, explanation as the API's JSON, input fingerprint). */
    VendorRiskScore toStored(long vendorId, RiskScore s, io.tollgate.scoring.ScoringInput input, Instant now) {
        return new VendorRiskScore(vendorId, decimal(s.score(), 1), s.grade().name(),
                decimal(s.inherentRisk(), 3), decimal(s.residualRisk(), 3), decimal(s.likelihood(), 5),
                decimal(s.inherentImpact(), 3), decimal(s.controlEffectiveness(), 5), s.indicativeLossUsd(),
                s.modelVersion(), write(RiskApiModels.explanation(s.explanation())), now, RiskInputs.fingerprint(input));
    }

    /** A history row is written on the first score and whenever the score or the grade changes. */
    static boolean changed(BigDecimal previousScore, String previousGrade, VendorRiskScore stored) {
        return previousScore.compareTo(stored.score()) != 0 || !previousGrade.equals(stored.grade());
    }

    static String historyReason(boolean first, String reason) {
        return abbreviate(first ? "first score" + (reason.equals("first score") ? "" : ": " + reason) : reason);
    }

    /**
     * The stored score, read in one statement without a transaction: BEGIN and COMMIT would add three round trips to
     * the most frequent read. A vendor never scored is scored now, in a transaction of its own.
     */
    public VendorRiskScore current(long vendorId) {
        return scores.find(vendorId)
                .or(() -> transactions.executeWrite(status -> rescore(vendorId, "first score", inputs.context())))
                .orElseThrow(() -> new NotFoundException("Vendor", vendorId));
    }

    @Transactional
    public History history(long vendorId, int page, int size) {
        if (!vendors.existsById(vendorId)) {
            throw new NotFoundException("Vendor", vendorId);
        }
        return new History(scores.findHistory(vendorId, size, (long) page * size), scores.countHistory(vendorId));
    }

    /** The vendor's score if exactly these controls were met; nothing is stored. */
    @Transactional
    public io.tollgate.scoring.Explanation.WhatIf whatIf(long vendorId, java.util.Collection<String> controlCodes) {
        RiskInputs.VendorInput input = inputs.forVendor(vendorId, inputs.context())
                .orElseThrow(() -> new NotFoundException("Vendor", vendorId));
        return RiskModel.whatIf(input.input(), Values.now(clock), java.util.Set.copyOf(controlCodes));
    }

    public RiskExplanation explanation(VendorRiskScore score) {
        try {
            return json.readValue(StoredExplanation.unpack(score.explanation()), RiskExplanation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(RiskExplanation explanation) {
        try {
            return StoredExplanation.pack(json.writeValueAsBytes(explanation));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    private static String abbreviate(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 497) + "...";
    }
}
