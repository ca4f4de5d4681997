package vn.lienthong.idnumber.adapter.in.web.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.lienthong.idnumber.domain.Refusal;

/**
 * How the population database's API misbehaves, as officers describe the real one: it "glitches,
 * hangs, runs very slowly or cannot be reached" and fails on "technical errors and access
 * permissions", most of all at the end of the working day.
 * <p>
 * Every request takes, in this order: is there an outage now (from the clock, no draw); one
 * uniform draw that picks at most one of hang → dropped connection → server error → permission
 * denied → malformed, each with its share; one coin (500 or 503; truncated JSON or HTML page);
 * one normal draw for the latency. The three draws are taken for every request, even when not
 * needed, so the n-th request's fate depends only on the seed and n. A faulty request does no
 * work: nothing is looked up or assigned.
 *
 * @param name                   the named profile this one started from ({@code none}, {@code realistic}, ...)
 * @param latencyMedian          median delay before every answer but a hang; zero with a zero p99: no delay
 * @param latencyP99             99th percentile of that delay; the delay is log-normal, fitted to both
 * @param hangShare              share of requests held without an answer for {@code hangDuration}, then 504
 * @param hangDuration           how long a hang lasts; also the longest latency ever drawn
 * @param serverErrorShare       share answered 500 or 503 (a coin decides) with a problem body
 * @param droppedConnectionShare share whose connection is closed without any answer
 * @param permissionDeniedShare  share answered 403 PERMISSION_DENIED with a problem body
 * @param malformedShare         share answered 200/201 with a body that is not the contract
 * @param outageWindows          daily Vietnam-time windows in which every request meets an outage
 * @param outageMode             what an outage does: answer 503, or hang
 * @param outageLatencyMedian    median delay before an outage's 503 (an overloaded gateway is slow to refuse)
 * @param outageLatencyP99       99th percentile of that delay
 * @param outageUntil            an outage from now until this instant, besides the windows; null for none
 * @param seed                   seed of the draws; the same seed and request order replay the same faults
 */
public record FaultProfile(
        String name,
        Duration latencyMedian,
        Duration latencyP99,
        double hangShare,
        Duration hangDuration,
        double serverErrorShare,
        double droppedConnectionShare,
        double permissionDeniedShare,
        double malformedShare,
        List<DailyWindow> outageWindows,
        OutageMode outageMode,
        Duration outageLatencyMedian,
        Duration outageLatencyP99,
        Instant outageUntil,
        long seed) {

    /** Outage windows are local times of the population database, which serves Vietnam. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Throws {@link InvalidFaultProfileException} naming every field that is out of range. */
    public FaultProfile {
        Objects.requireNonNull(name, "name");
        for (Duration duration : List.of(latencyMedian, latencyP99, hangDuration, outageLatencyMedian, outageLatencyP99)) {
            Objects.requireNonNull(duration, "a fault profile's durations");
        }
        outageWindows = List.copyOf(outageWindows);
        Objects.requireNonNull(outageMode, "outageMode");
        List<Refusal> problems = new ArrayList<>();
        checkDelay(problems, "latencyMedian", latencyMedian, "latencyP99", latencyP99);
        checkDelay(problems, "outageLatencyMedian", outageLatencyMedian, "outageLatencyP99", outageLatencyP99);
        if (hangDuration.isNegative() || hangDuration.isZero()) {
            problems.add(FaultProblems.hangDurationNotPositive());
        }
        checkShares(problems, shares(hangShare, droppedConnectionShare, serverErrorShare, permissionDeniedShare,
                malformedShare));
        if (!problems.isEmpty()) {
            throw new InvalidFaultProfileException(problems);
        }
    }

    /** Whether a request at this instant meets an outage. */
    public boolean outageAt(Instant now) {
        if (outageUntil != null && now.isBefore(outageUntil)) {
            return true;
        }
        var localTime = now.atZone(ZONE).toLocalTime();
        return outageWindows.stream().anyMatch(window -> window.contains(localTime));
    }

    /** The fault a uniform draw in [0, 1) picks: the shares laid end to end in the draw order. */
    FaultKind kindAt(double uniform) {
        double end = 0;
        for (Map.Entry<FaultKind, Double> share : sharesInDrawOrder().entrySet()) {
            end += share.getValue();
            if (uniform < end) {
                return share.getKey();
            }
        }
        return FaultKind.NONE;
    }

    LogNormalDelay latency() {
        return new LogNormalDelay(latencyMedian, latencyP99);
    }

    LogNormalDelay outageLatency() {
        return new LogNormalDelay(outageLatencyMedian, outageLatencyP99);
    }

    private Map<FaultKind, Double> sharesInDrawOrder() {
        return shares(hangShare, droppedConnectionShare, serverErrorShare, permissionDeniedShare, malformedShare);
    }

    private static Map<FaultKind, Double> shares(double hang, double dropped, double serverError,
                                                 double permissionDenied, double malformed) {
        Map<FaultKind, Double> shares = new LinkedHashMap<>();
        shares.put(FaultKind.HANG, hang);
        shares.put(FaultKind.DROPPED_CONNECTION, dropped);
        shares.put(FaultKind.SERVER_ERROR, serverError);
        shares.put(FaultKind.PERMISSION_DENIED, permissionDenied);
        shares.put(FaultKind.MALFORMED, malformed);
        return shares;
    }

    private static void checkShares(List<Refusal> problems, Map<FaultKind, Double> shares) {
        double sum = 0;
        for (Map.Entry<FaultKind, Double> share : shares.entrySet()) {
            if (!(share.getValue() >= 0 && share.getValue() <= 1)) {
                problems.add(FaultProblems.invalidShare(share.getKey().field()));
            }
            sum += share.getValue();
        }
        // A little slack, so that shares written as decimals that add up to 1 are not refused.
        if (sum > 1 + 1e-9) {
            double total = sum;
            shares.forEach((kind, share) -> {
                if (share > 0) {
                    problems.add(FaultProblems.sharesAboveOne(kind.field(), total));
                }
            });
        }
    }

    private static void checkDelay(List<Refusal> problems, String medianField, Duration median,
                                   String p99Field, Duration p99) {
        if (median.isNegative()) {
            problems.add(FaultProblems.invalidDuration(medianField));
        } else if (p99.isNegative()) {
            problems.add(FaultProblems.invalidDuration(p99Field));
        } else if (median.isZero() && !p99.isZero()) {
            problems.add(FaultProblems.medianMissing(medianField));
        } else if (p99.compareTo(median) < 0) {
            problems.add(FaultProblems.p99BelowMedian(p99Field));
        }
    }
}
