package vn.lienthong.idnumber.adapter.in.web.faults;

import java.time.Duration;

/**
 * What to do with one request.
 *
 * @param kind      the fault, or {@link FaultKind#NONE} to serve it
 * @param delay     how long to wait first; for a held request, how long to hold it
 * @param held      hold the request without an answer for {@code delay}, then answer 504
 * @param alternate for a server error 503 rather than 500; for a malformed answer an HTML page
 *                  rather than truncated JSON
 */
public record FaultDecision(FaultKind kind, Duration delay, boolean held, boolean alternate) {
}
