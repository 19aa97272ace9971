package io.tollgate.dashboard;

import io.micronaut.json.JsonMapper;
import io.tollgate.api.model.RiskExplanation;
import io.tollgate.api.model.WhatIf;
import io.tollgate.common.Values;
import io.tollgate.risk.StoredExplanation;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the portfolio summary and trend from the maintained aggregates. */
@Singleton
public class DashboardService {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardService.class);
    static final int DUE_SOON_DAYS = 30;
    static final int RISKIEST = 10;
    /** Far enough back to reach every overdue date, whatever the data says. */
    private static final LocalDate EPOCH = LocalDate.of(1970, 1, 1);

    private final DashboardRepository repository;
    private final JsonMapper json;
    private final Clock clock;

    public DashboardService(DashboardRepository repository, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    public enum Tier { CRITICAL, HIGH, MEDIUM, LOW }

    public record GradeCount(String grade, long count) {
    }

    public record TierGrades(String tier, long vendorCount, List<GradeCount> grades) {
    }

    public record HeatCell(int impactBand, int likelihoodBand, long vendorCount) {
    }

    public record BestControl(String controlCode, String controlName, double scoreIfMet, String gradeIfMet) {
    }

    public record Riskiest(DashboardRepository.Riskiest vendor, Optional<BestControl> bestControl) {
    }

    public record Summary(long vendorCount, long scoredCount, Optional<Double> averageScore, List<GradeCount> grades,
                          List<TierGrades> tiers, List<HeatCell> heatmap,
                          List<DashboardRepository.CategoryTotal> categories, List<Riskiest> riskiest,
                          long overdue, long dueSoon, List<DashboardRepository.Due> nextDue, long overdueAssessments,
                          List<DashboardRepository.SeverityCount> findings, Instant generatedAt, LocalDate today) {
    }

    public Summary summary() {
        Instant now = Values.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<DashboardRepository.Cell> cells = repository.cells();

        long vendorCount = cells.stream().mapToLong(DashboardRepository.Cell::vendorCount).sum();
        List<DashboardRepository.Cell> scoredCells = cells.stream().filter(c -> !isUnscored(c.grade())).toList();
        long scoredCount = scoredCells.stream().mapToLong(DashboardRepository.Cell::vendorCount).sum();
        BigDecimal scoreSum = scoredCells.stream().map(DashboardRepository.Cell::scoreSum).reduce(BigDecimal.ZERO, BigDecimal::add);
        Optional<Double> average = scoredCount == 0 ? Optional.empty()
                : Optional.of(scoreSum.divide(BigDecimal.valueOf(scoredCount), 1, RoundingMode.HALF_UP).doubleValue());

        List<GradeCount> grades = gradeCounts(cells);
        Map<String, List<DashboardRepository.Cell>> byTier = cells.stream()
                .collect(Collectors.groupingBy(DashboardRepository.Cell::tier));
        List<TierGrades> tiers = java.util.Arrays.stream(Tier.values())
                .map(t -> {
                    List<DashboardRepository.Cell> tierCells = byTier.getOrDefault(t.name(), List.of());
                    return new TierGrades(t.name(), tierCells.stream().mapToLong(DashboardRepository.Cell::vendorCount).sum(),
                            gradeCounts(tierCells));
                }).toList();
        Map<List<Integer>, Long> heat = new TreeMap<>(java.util.Comparator.<List<Integer>>comparingInt(k -> k.get(0))
                .thenComparingInt(k -> k.get(1)));
        scoredCells.forEach(c -> heat.merge(List.of(c.impactBand(), c.likelihoodBand()), c.vendorCount(), Long::sum));
        List<HeatCell> heatmap = heat.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new HeatCell(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();

        LocalDate soon = today.plusDays(DUE_SOON_DAYS);
        return new Summary(vendorCount, scoredCount, average, grades, tiers, heatmap, repository.categories(),
                riskiest(), repository.countDueBefore(today), repository.countDueBetween(today, soon),
                repository.dueBetween(EPOCH, soon, 10, 0), repository.countOverdueAssessments(today),
                repository.findingTotals(), now, today);
    }

    private List<Riskiest> riskiest() {
        List<DashboardRepository.Riskiest> rows = repository.riskiest(RISKIEST);
        Map<String, WhatIf> best = new java.util.HashMap<>();
        for (DashboardRepository.Riskiest row : rows) {
            bestWhatIf(row).ifPresent(w -> best.put(String.valueOf(row.vendorId()), w));
        }
        List<String> codes = best.values().stream().map(w -> w.getControlCodes().get(0)).distinct().toList();
        Map<String, String> names = codes.isEmpty() ? Map.of() : repository.controlNames(codes).stream()
                .collect(Collectors.toMap(DashboardRepository.ControlName::code, DashboardRepository.ControlName::name));
        return rows.stream().map(row -> new Riskiest(row, Optional.ofNullable(best.get(String.valueOf(row.vendorId())))
                .map(w -> {
                    String code = w.getControlCodes().get(0);
                    return new BestControl(code, names.getOrDefault(code, code), w.getScore(), w.getGrade().getValue());
                }))).toList();
    }

    /** The model's first what-if is the score with the single costliest missing control met. */
    private Optional<WhatIf> bestWhatIf(DashboardRepository.Riskiest row) {
        try {
            RiskExplanation explanation = json.readValue(StoredExplanation.unpack(row.explanation()), RiskExplanation.class);
            return explanation.getWhatIf().stream().filter(w -> w.getControlCodes().size() == 1).findFirst();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Unreadable stored explanation of vendor {}: {}", row.vendorId(), e.toString());
            return Optional.empty();
        }
    }

    private static List<GradeCount> gradeCounts(List<DashboardRepository.Cell> cells) {
        Map<String, Long> counts = cells.stream().collect(Collectors.groupingBy(DashboardRepository.Cell::grade,
                TreeMap::new, Collectors.summingLong(DashboardRepository.Cell::vendorCount)));
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new GradeCount(e.getKey(), e.getValue())).toList();
    }

    static boolean isUnscored(String grade) {
        return DashboardAggregates.NOT_SCORED.equals(grade);
    }

    /** Recorded days from {@code days} ago, with today's figures as they stand now. */
    public List<DashboardRepository.Day> trend(int days) {
        LocalDate today = LocalDate.ofInstant(Values.now(clock), ZoneOffset.UTC);
        List<DashboardRepository.Day> points = new java.util.ArrayList<>(repository.days(today.minusDays(days), today));
        points.add(todayNow(today));
        return points;
    }

    private DashboardRepository.Day todayNow(LocalDate today) {
        List<DashboardRepository.Cell> cells = repository.cells();
        Function<String, Long> grade = g -> cells.stream().filter(c -> c.grade().equals(g))
                .mapToLong(DashboardRepository.Cell::vendorCount).sum();
        long scored = cells.stream().filter(c -> !isUnscored(c.grade())).mapToLong(DashboardRepository.Cell::vendorCount).sum();
        return new DashboardRepository.Day(today, cells.stream().mapToLong(DashboardRepository.Cell::vendorCount).sum(), scored,
                cells.stream().map(DashboardRepository.Cell::scoreSum).reduce(BigDecimal.ZERO, BigDecimal::add),
                grade.apply("A"), grade.apply("B"), grade.apply("C"), grade.apply("D"), grade.apply("F"));
    }
}
