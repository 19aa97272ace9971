package io.tollgate.scoring;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of one scoring on one thread. Run with bench/scoring.sh; not part of the test suite.
 * <ul>
 *   <li>{@code scoreWithExplanation}: the full path (explanation and five what-if re-runs) for the Qantas-like
 *       contact centre during the 2025 campaigns: 5 data holdings, 25 control answers, 2 incidents.</li>
 *   <li>{@code scoreOnly}: the same input's figures alone, the model prepared once.</li>
 *   <li>{@code scoreOnlyPortfolio}: the figures alone over 1,024 generated vendors shaped like the bulk
 *       re-score's (10 holdings, 36 control answers, 6 campaigns with attack chains), one vendor per operation,
 *       so that branch prediction and caches do not see one input over and over.</li>
 * </ul>
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
    private RiskModel model;
    private RiskModel portfolioModel;
    private ScoringInput[] portfolio;
    private int next;

    @Setup
    public void prepare() {
        model = RiskModel.at(now, input.incidents());
        RandomInputs random = new RandomInputs(42);
        List<Incident> campaigns = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            campaigns.add(random.incident("I" + i));
        }
        portfolio = new ScoringInput[1024];
        for (int v = 0; v < portfolio.length; v++) {
            List<Holding> holdings = new ArrayList<>();
            for (int h = 0; h < 10; h++) {
                holdings.add(new Holding(DataCategory.values()[(v + h) % DataCategory.values().length],
                        random.recordCount(), random.pick(AccessType.values()), random.random().nextInt(20) == 0));
            }
            List<ControlAnswer> controls = KbCatalogue.CONTROLS.stream()
                    .map(e -> random.answer(e.id(), e.baseWeight())).toList();
            portfolio[v] = new ScoringInput(random.vendor(), holdings, random.exposure(), controls, campaigns);
        }
        portfolioModel = RiskModel.at(now, campaigns);
    }

    @Benchmark
    public RiskScore scoreWithExplanation() {
        return RiskModel.score(input, now);
    }

    @Benchmark
    public RiskModel.Figures scoreOnly() {
        return model.figures(input);
    }

    @Benchmark
    public RiskModel.Figures scoreOnlyPortfolio() {
        ScoringInput vendor = portfolio[next];
        next = (next + 1) & (portfolio.length - 1);
        return portfolioModel.figures(vendor);
    }
}
