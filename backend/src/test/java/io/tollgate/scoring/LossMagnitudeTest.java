package io.tollgate.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** KB section 3.2: $175 a record up to 100,000 records, IBM's 2019 mega-breach curve from a million. */
class LossMagnitudeTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 175", "2960, 518000", "100000, 17500000"})
    void smallBreachesCostTheMaliciousAttackFigurePerRecord(long records, long usd) {
        assertThat(LossMagnitude.usd(records)).isEqualTo(usd);
    }

    @ParameterizedTest
    @CsvSource({"1000000, 42000000", "50000000, 388000000"})
    void megaBreachesFollowIbmsTwoPoints(long records, long usd) {
        assertThat(LossMagnitude.usd(records)).isCloseTo(usd, within(1L));
    }

    @Test
    void theMegaBreachExponentIsAbout057() {
        assertThat(LossMagnitude.MEGA_BREACH_EXPONENT).isCloseTo(0.568, within(0.001));
    }

    @Test
    void betweenTheTwoRegimesTheCurveIsALogLogLine() {
        double t = 0.5; // sqrt(1e5 x 1e6) records
        long expected = Math.round(Math.exp(Math.log(17_500_000) + t * (Math.log(42_000_000) - Math.log(17_500_000))));
        assertThat(LossMagnitude.usd(Math.round(Math.sqrt(1e11)))).isCloseTo(expected, within(100L));
    }

    @Test
    void lossNeverFallsAsRecordsGrow() {
        long previous = -1;
        for (double exponent = 0; exponent <= 11; exponent += 0.01) {
            long usd = LossMagnitude.usd((long) Math.pow(10, exponent));
            assertThat(usd).isGreaterThanOrEqualTo(previous);
            previous = usd;
        }
    }

    @Test
    void aboveAMillionRecordsCostGrowsSubLinearly() {
        assertThat(LossMagnitude.usd(10_000_000)).isLessThan(10 * LossMagnitude.usd(1_000_000));
        assertThat(LossMagnitude.usd(5_700_000)).isLessThan(5_700_000L * 175 / 5);
    }
}
