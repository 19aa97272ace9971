package io.tollgate.risk;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.tollgate.testsupport.Eventually.await;
import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

/** With the worker's poll an hour away, only the wake-up after a request's commit can score a new vendor. */
@MicronautTest(transactional = false)
@Property(name = "tollgate.scoring.interval", value = "1h")
@Property(name = "tollgate.scoring.initial-delay", value = "1h")
class ScoringWakeUpTest extends IntegrationTest {
    @Inject
    VendorRiskScoreRepository scores;
    @Inject
    ScoringRequestRepository requests;
    @Inject
    ScoringJobRepository jobs;

    @Test
    void aRequestCommittedOnThisInstanceIsScoredWithoutWaitingForThePoll() {
        long id = vendor("Woken").create(analyst());

        await("the new vendor's first score is stored", () -> scores.find(id).isPresent());
        assertThat(requests.countFor(List.of(id))).isZero();
        assertThat(jobs.countFor(List.of(id))).isZero();
    }

    @Test
    void aBurstOfRequestsIsAllScored() {
        List<Long> ids = java.util.stream.IntStream.range(0, 5).mapToObj(i -> vendor("Burst " + i).create(analyst())).toList();

        await("every vendor of the burst is scored", () -> ids.stream().allMatch(id -> scores.find(id).isPresent()));
    }
}
