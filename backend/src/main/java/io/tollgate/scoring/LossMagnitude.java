package io.tollgate.scoring;

/**
 * Indicative loss, in US dollars, if a vendor's records leak: a breach-cost curve by record count
 * (knowledge base section 3.2). Indicative only: 2019/2020 dollars, no fines, not an annual expectation.
 *
 * <ul>
 *   <li>Up to 100,000 records: $175 a record, IBM/Ponemon 2020's per-record cost of customer PII in
 *       malicious attacks (KB 3.2, source [40]); the KB's $165 is a placeholder and every breach this
 *       model weighs is an attack, so the malicious-attack figure fits better than the $150 average.</li>
 *   <li>From 1,000,000 records: IBM's 2019 mega-breach curve through $42 M at 1 M records and $388 M at
 *       50 M records (KB 3.2, source [41b]), i.e. $42 M x (N / 1 M)^k with k = ln(388/42) / ln(50) ~ 0.568.</li>
 *   <li>In between: straight-line interpolation in log-log space, so the curve is continuous and rising.</li>
 * </ul>
 * Per-record cost is never multiplied out above a million records (KB 3.2: "don't multiply").
 */
public final class LossMagnitude {

    static final double COST_PER_RECORD_USD = 175.0;
    static final double PER_RECORD_LIMIT = 100_000.0;
    static final double MEGA_BREACH_START = 1_000_000.0;
    static final double MEGA_BREACH_COST_AT_1M_USD = 42_000_000.0;
    static final double MEGA_BREACH_COST_AT_50M_USD = 388_000_000.0;
    static final double MEGA_BREACH_EXPONENT =
            Math.log(MEGA_BREACH_COST_AT_50M_USD / MEGA_BREACH_COST_AT_1M_USD) / Math.log(50.0);

    private LossMagnitude() {
    }

    /** The indicative loss in whole US dollars for a breach of {@code records} people's records. */
    public static long usd(long records) {
        if (records < 0) {
            throw new IllegalArgumentException("records must not be negative, was " + records);
        }
        double n = records;
        double cost;
        if (n <= PER_RECORD_LIMIT) {
            cost = n * COST_PER_RECORD_USD;
        } else if (n >= MEGA_BREACH_START) {
            cost = MEGA_BREACH_COST_AT_1M_USD * Math.pow(n / MEGA_BREACH_START, MEGA_BREACH_EXPONENT);
        } else {
            double low = Math.log(PER_RECORD_LIMIT * COST_PER_RECORD_USD);
            double high = Math.log(MEGA_BREACH_COST_AT_1M_USD);
            double t = Math.log(n / PER_RECORD_LIMIT) / Math.log(MEGA_BREACH_START / PER_RECORD_LIMIT);
            cost = Math.exp(low + t * (high - low));
        }
        return Math.round(cost);
    }
}
