package io.tollgate.scoring;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of one full scoring (with explanation and what-if re-runs) on one thread, for the
 * Qantas-like contact centre during the 2025 campaigns: 5 data holdings, 25 control answers, 2 incidents.
 * Run with bench/scoring.sh; not part of the test suite.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ScoringBenchmark {
    private final ScoringInput input = QantasLikeScenario.asIsDuringCampaign();
    private final Instant now = QantasLikeScenario.ASSESSED;

    @Benchmark
    public RiskScore scoreWithExplanation() {
        return RiskModel.score(input, now);
    }
}
