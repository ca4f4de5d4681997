package vn.lienthong.idnumber.adapter.in.web.faults;

import java.time.Duration;

/**
 * Response delays whose logarithm is normally distributed, fitted to a median and a 99th
 * percentile: most answers come quickly, a few very slowly, as measured service times do.
 * A zero median means no delay.
 */
record LogNormalDelay(Duration median, Duration p99) {

    /** The standard normal distribution's 99th percentile. */
    static final double Z_99 = 2.3263478740408408;

    /** The delay at this standard normal draw, never more than {@code cap}. */
    Duration at(double standardNormal, Duration cap) {
        if (median.isZero()) {
            return Duration.ZERO;
        }
        double mu = Math.log(median.toNanos());
        double sigma = Math.log((double) p99.toNanos() / median.toNanos()) / Z_99;
        double nanos = Math.exp(mu + sigma * standardNormal);
        return nanos >= cap.toNanos() ? cap : Duration.ofNanos(Math.round(nanos));
    }
}
