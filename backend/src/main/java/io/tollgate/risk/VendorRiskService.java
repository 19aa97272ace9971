package io.tollgate.risk;

import io.micronaut.transaction.TransactionOperations;
import io.tollgate.api.model.RiskExplanation;
import io.tollgate.common.NotFoundException;
import io.tollgate.scoring.Explanation;
import io.tollgate.vendor.VendorRepository;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads vendors' stored scores and their history, and answers what-ifs; every score is written by {@link Rescoring}. */
@Singleton
public class VendorRiskService {
    private final RiskInputs inputs;
    private final Rescoring rescoring;
    private final VendorRiskScoreRepository scores;
    private final StoredScores stored;
    private final VendorRepository vendors;
    private final TransactionOperations<Connection> transactions;

    public VendorRiskService(RiskInputs inputs, Rescoring rescoring, VendorRiskScoreRepository scores, StoredScores stored,
                             VendorRepository vendors, TransactionOperations<Connection> transactions) {
        this.inputs = inputs;
        this.rescoring = rescoring;
        this.scores = scores;
        this.stored = stored;
        this.vendors = vendors;
        this.transactions = transactions;
    }

    public record History(List<VendorRiskScoreRepository.HistoryRow> items, long total) {
    }

    /**
     * The stored score, read in one statement without a transaction: BEGIN and COMMIT would add three round trips to
     * the most frequent read. A vendor never scored is scored now, through the same road as every other score.
     */
    public VendorRiskScore current(long vendorId) {
        return scores.find(vendorId)
                .or(() -> {
                    rescoring.rescore(List.of(new Rescoring.Work(vendorId, "first score", true)), inputs.context(),
                            Rescoring.Locking.WAIT);
                    return scores.find(vendorId);
                })
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
    public Explanation.WhatIf whatIf(long vendorId, Collection<String> controlCodes) {
        RiskInputs.Context context = inputs.context();
        RiskInputs.VendorInput input = transactions.executeRead(status -> inputs.forVendor(vendorId, context))
                .orElseThrow(() -> new NotFoundException("Vendor", vendorId));
        return context.model().whatIf(input.input(), Set.copyOf(controlCodes));
    }

    public RiskExplanation explanation(VendorRiskScore score) {
        return stored.explanation(score.explanation());
    }

    /** Scores one vendor now and waits for its row; used where a caller needs a score before answering. */
    public Optional<VendorRiskScore> rescoreNow(long vendorId, String reason) {
        rescoring.rescore(List.of(new Rescoring.Work(vendorId, reason, true)), inputs.context(), Rescoring.Locking.WAIT);
        return scores.find(vendorId);
    }
}
