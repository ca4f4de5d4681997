package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FlowTest {

    @Test
    void burstsSeparatedByEmptySecondsShowAsEmptySecondsAndAHighVariation() {
        var bursts = Flow.of(List.of(second(1, 150, 600), second(2, 0, 600), second(3, 0, 600), second(4, 150, 600)));

        assertThat(bursts.emptySecondShare()).isEqualTo(0.5);
        assertThat(bursts.completionsPerSecondCv()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aSteadyFlowHasNoEmptySecondAndNoVariation() {
        var steady = Flow.of(List.of(second(1, 75, 600), second(2, 75, 600), second(3, 75, 600)));

        assertThat(steady.emptySecondShare()).isZero();
        assertThat(steady.completionsPerSecondCv()).isZero();
    }

    @Test
    void theChartShowsEachSecondAgainstTheBusiestOneAndAnEmptySecondAsASpace() {
        var seconds = List.of(second(1, 160, 600), second(2, 0, 600), second(3, 80, 600), second(4, 1, 600));

        assertThat(Flow.chart(seconds)).isEqualTo("█ ▄▁");
    }

    @Test
    void aSecondWithNothingInFlightIsNotAnEmptySecond() {
        assertThat(Flow.of(List.of(second(1, 10, 10), second(2, 0, 0))).emptySecondShare()).isZero();
    }

    @Test
    void aStageFiguresAreTheDifferenceOfTwoReadings() {
        var before = Map.of("residence-service|consumer residence.commands|batch_size_count", 10.0,
                "residence-service|consumer residence.commands|batch_size_sum", 100.0,
                "residence-service|consumer residence.commands|busy_seconds_sum", 1.0,
                "residence-service|consumer residence.commands|idle_seconds_sum", 2.0);
        var after = Map.of("residence-service|consumer residence.commands|batch_size_count", 30.0,
                "residence-service|consumer residence.commands|batch_size_sum", 1100.0,
                "residence-service|consumer residence.commands|busy_seconds_sum", 31.0,
                "residence-service|consumer residence.commands|idle_seconds_sum", 12.0);

        var stage = StageStats.between(before, after).get(0);

        assertThat(stage.batches()).isEqualTo(20);
        assertThat(stage.meanBatchSize()).isEqualTo(50.0);
        assertThat(stage.busySeconds()).isEqualTo(30.0);
        assertThat(stage.idleSeconds()).isEqualTo(10.0);
        assertThat(stage.idleShare()).isEqualTo(0.25);
    }

    private static BenchResult.Second second(int number, int completed, int inFlight) {
        return new BenchResult.Second(number, 0, inFlight, completed, Double.NaN, Double.NaN);
    }
}
