package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankPercentilesOfOneToAHundred() {
        double[] values = IntStream.rangeClosed(1, 100).mapToDouble(i -> i).toArray();

        Percentiles p = Percentiles.of(values);

        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isEqualTo(50);
        assertThat(p.p95()).isEqualTo(95);
        assertThat(p.p99()).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
    }

    @Test
    void oneValueIsEveryPercentileAndNoValueIsNone() {
        assertThat(Percentiles.of(new double[] {7}).p99()).isEqualTo(7);
        assertThat(Percentiles.of(new double[0]).p50()).isNaN();
    }

    @Test
    void optionsSizeThePopulationToTheRunAndAcceptMax() {
        var options = BenchOptions.parse(new String[] {"--rate=100", "--warmup=10s", "--duration=30s"});

        assertThat(options.families()).isEqualTo(100 * 40 * 12 / 10 + 500);
        assertThat(BenchOptions.parse(new String[] {"--rate=max"}).rate()).isZero();
    }
}
