package vn.lienthong.idnumber.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RandomPartSourceTest {

    @Test
    void aSeededSourceDrawsTheSameForTheSameRequestWhateverTheOrder() {
        RandomPartSource first = RandomPartSource.seeded(42);
        RandomPartSource second = RandomPartSource.seeded(42);

        int[] a = draws(first.drawsFor("request-a"), 5);
        first.drawsFor("request-b").getAsInt();
        second.drawsFor("request-b").getAsInt();
        int[] againA = draws(second.drawsFor("request-a"), 5);

        assertThat(againA).isEqualTo(a);
        assertThat(draws(RandomPartSource.seeded(43).drawsFor("request-a"), 5)).isNotEqualTo(a);
        assertThat(draws(first.drawsFor("request-b"), 5)).isNotEqualTo(a);
    }

    @Test
    void drawsAreSixDigitsAndSpreadOut() {
        for (RandomPartSource source : new RandomPartSource[] {RandomPartSource.secure(), RandomPartSource.seeded(7)}) {
            Set<Integer> seen = new HashSet<>();
            IntStream.range(0, 1000).forEach(i -> seen.add(source.drawsFor("request-" + i).getAsInt()));
            assertThat(seen).allMatch(part -> part >= 0 && part < 1_000_000).hasSizeGreaterThan(990);
        }
    }

    private static int[] draws(IntSupplier source, int count) {
        return IntStream.range(0, count).map(i -> source.getAsInt()).toArray();
    }
}
