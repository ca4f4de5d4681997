package vn.lienthong.deploy.population;

import java.util.List;
import java.util.Random;

/**
 * The generator's only source of chance. {@link Random} has a specified algorithm, so a seed gives
 * the same population on every JVM.
 */
final class Draw {

    private final Random random;

    Draw(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double probability) {
        return fraction() < probability;
    }

    /** A number in [0, 1). */
    double fraction() {
        return random.nextDouble();
    }

    int between(int lowest, int highest) {
        return lowest + random.nextInt(highest - lowest + 1);
    }

    <T> T oneOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One of {@code items}, each as likely as its weight. */
    <T> T weighted(List<T> items, int... weights) {
        if (items.size() != weights.length) {
            throw new IllegalArgumentException("one weight per item");
        }
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int ticket = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            ticket -= weights[i];
            if (ticket < 0) {
                return items.get(i);
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
