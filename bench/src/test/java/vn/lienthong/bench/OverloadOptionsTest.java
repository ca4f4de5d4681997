package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class OverloadOptionsTest {

    @Test
    void overloadOffersTwiceAndFourTimesTheSustainedRateAndLeavesTheOtherOptionsToTheBenchmark() {
        var parsed = OverloadOptions.parse(new String[] {"--overload", "--warmup=60s", "--overload-phase=20s"});

        assertThat(parsed.overload()).isEqualTo(new OverloadOptions(true, List.of(2.0, 4.0), null,
                Duration.ofSeconds(20), Duration.ofSeconds(300)));
        assertThat(parsed.rest()).containsExactly("--warmup=60s");
        assertThat(BenchOptions.parse(parsed.rest()).warmup()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void anOfferedRateOrOtherMultiplesTurnTheModeOn() {
        assertThat(OverloadOptions.parse(new String[] {"--offered-rate=150"}).overload().offeredRate()).isEqualTo(150);
        assertThat(OverloadOptions.parse(new String[] {"--overload-multiples=1.5,3"}).overload().multiples())
                .containsExactly(1.5, 3.0);
        assertThat(OverloadOptions.parse(new String[] {"--rate=50"}).overload().enabled()).isFalse();
        assertThatThrownBy(() -> OverloadOptions.parse(new String[] {"--offered-rate=-3"}))
                .hasMessageContaining("--offered-rate");
    }
}
