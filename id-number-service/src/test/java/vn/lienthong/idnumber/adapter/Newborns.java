package vn.lienthong.idnumber.adapter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Newborns of the example mother, one distinct child per request id: the tests share one
 * database, and a second request for the same child is refused as a possible duplicate. The
 * example child herself, Điểu Thị Hoa, is asked for by one test only.
 */
final class Newborns {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

    private Newborns() {
    }

    /** The name of the child {@code requestId} asks for: the same for the same request id. */
    static String nameFor(String requestId) {
        return NAMES.computeIfAbsent(requestId, id -> "Điểu Thị Hoa " + letters(NEXT.incrementAndGet()));
    }

    /** A, B, …, Z, AA, AB, … as in a list of siblings' middle names. */
    private static String letters(int n) {
        StringBuilder letters = new StringBuilder();
        for (int rest = n; rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }
}
