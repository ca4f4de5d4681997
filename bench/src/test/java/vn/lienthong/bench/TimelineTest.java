package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long START = 1_000 * SECOND;

    @Test
    void eachSecondCountsTheDossiersSentAndCompletedInItByTheirOwnTimes() {
        // Sent at 0.1, 0.2 and 1.5 s into the window, and one before it; completed at 0.9 and 2.5 s.
        long[] sent = {START + SECOND / 10, START + SECOND / 5, START + 3 * SECOND / 2, START - SECOND};
        var completions = List.of(completion(START + 9 * SECOND / 10, 800), completion(START + 5 * SECOND / 2, 1000));

        var seconds = Timeline.of(sent, completions, START, START + 3 * SECOND);

        assertThat(seconds).extracting(BenchResult.Second::submitted).containsExactly(2, 1, 0);
        assertThat(seconds).extracting(BenchResult.Second::completed).containsExactly(1, 0, 1);
        // In flight as each second begins: sent before it, not completed before it.
        assertThat(seconds).extracting(BenchResult.Second::inFlight).containsExactly(1, 2, 3);
        assertThat(seconds.get(2).p50Millis()).isEqualTo(1000);
    }

    @Test
    void aWindowLongerThanItsWholeSecondsEndsItsLastSecondAtItsEnd() {
        var completions = List.of(completion(START + SECOND / 2, 10), completion(START + 2 * SECOND + SECOND / 5, 10),
                completion(START + 2 * SECOND + SECOND / 3, 10));

        var seconds = Timeline.of(new long[0], completions, START, START + 2 * SECOND + SECOND / 4);

        assertThat(seconds).hasSize(2);
        assertThat(seconds.get(1).completed()).as("the 0.2 s past the 2nd second counts, the 0.33 s does not").isEqualTo(1);
    }

    @Test
    void theCompletionsBetweenTwoReadingsCountTheFirstInstantAndNotTheLast() {
        var completions = List.of(completion(START, 1), completion(START + SECOND, 1), completion(START + 2 * SECOND, 1));

        assertThat(Timeline.completedBetween(completions, START, START + 2 * SECOND)).isEqualTo(2);
    }

    private static CompletionTracker.Completion completion(long at, double latencyMillis) {
        return new CompletionTracker.Completion(at, latencyMillis, Map.of());
    }
}
