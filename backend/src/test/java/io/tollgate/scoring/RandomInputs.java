package io.tollgate.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Seeded random inputs for property tests: every run sees the same cases, and a failure names its seed. */
final class RandomInputs {

    private final Random random;

    RandomInputs(long seed) {
        this.random = new Random(seed);
    }

    ScoringInput next() {
        return new ScoringInput(vendor(), holdings(), exposure(), controls(), incidents());
    }

    Random random() {
        return random;
    }

    VendorProfile vendor() {
        Set<Long> platforms = new LinkedHashSet<>();
        if (random.nextBoolean()) {
            platforms.add(Fixtures.PLATFORM_ID);
        }
        if (random.nextBoolean()) {
            platforms.add(Fixtures.OTHER_PLATFORM_ID);
        }
        LocalDate assessed = random.nextInt(3) == 0 ? null : Fixtures.TODAY.minusDays(random.nextInt(800) - 30);
        return new VendorProfile(Fixtures.VENDOR_ID, pick(VendorCategory.values()), platforms, assessed);
    }

    List<Holding> holdings() {
        List<Holding> holdings = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            holdings.add(new Holding(pick(DataCategory.values()), recordCount(), pick(AccessType.values()),
                    random.nextInt(8) == 0));
        }
        return holdings;
    }

    long recordCount() {
        return switch (random.nextInt(5)) {
            case 0 -> random.nextInt(3);
            case 1 -> random.nextInt(10_000);
            default -> (long) Math.pow(10, random.nextDouble() * 10.5);
        };
    }

    ExposureProfile exposure() {
        return new ExposureProfile(random.nextBoolean(), random.nextInt(120), random.nextInt(8),
                random.nextBoolean(), random.nextBoolean());
    }

    List<ControlAnswer> controls() {
        List<ControlAnswer> answers = new ArrayList<>();
        for (KbCatalogue.Entry entry : KbCatalogue.CONTROLS) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            answers.add(answer(entry.id(), entry.baseWeight()));
        }
        return answers;
    }

    ControlAnswer answer(String id, int weight) {
        ControlStatus status = pick(ControlStatus.values());
        EvidenceQuality evidence = status.credit() > 0 || random.nextBoolean() ? pick(EvidenceQuality.values()) : null;
        LocalDate expires = random.nextInt(4) == 0 ? Fixtures.TODAY.plusDays(random.nextInt(400) - 200) : null;
        return new ControlAnswer(id, weight, status, evidence, expires);
    }

    List<Incident> incidents() {
        List<Incident> incidents = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            incidents.add(incident("I" + i));
        }
        return incidents;
    }

    Incident incident(String id) {
        List<AttackStep> steps = new ArrayList<>();
        int stepCount = random.nextInt(5);
        for (int s = 0; s < stepCount; s++) {
            Map<String, Double> breakers = new HashMap<>();
            for (KbCatalogue.Entry entry : KbCatalogue.CONTROLS) {
                if (random.nextInt(8) == 0) {
                    breakers.put(entry.id(), random.nextInt(5) == 0 ? 1.0 : random.nextDouble());
                }
            }
            steps.add(Fixtures.step("step " + s, breakers));
        }
        LocalDate published = Fixtures.TODAY.minusDays(random.nextInt(900) - 30);
        LocalDate lastActivity = published.plusDays(random.nextInt(200));
        Set<Long> platforms = random.nextBoolean() ? Set.of(Fixtures.PLATFORM_ID) : Set.of(Fixtures.OTHER_PLATFORM_ID);
        Set<VendorCategory> categories = random.nextBoolean() ? Set.of(pick(VendorCategory.values())) : Set.of();
        Set<Long> compromised = random.nextInt(5) == 0 ? Set.of(Fixtures.VENDOR_ID) : Set.of();
        Set<EntryRoute> routes = new LinkedHashSet<>();
        for (EntryRoute route : EntryRoute.values()) {
            if (random.nextInt(3) == 0) {
                routes.add(route);
            }
        }
        return new Incident(id, id, published, lastActivity, pick(IncidentStatus.values()), pick(Severity.values()),
                steps, platforms, categories, compromised, routes);
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
