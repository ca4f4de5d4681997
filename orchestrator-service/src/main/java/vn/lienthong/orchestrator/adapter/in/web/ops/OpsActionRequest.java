package vn.lienthong.orchestrator.adapter.in.web.ops;

/**
 * The body of every ops action: why it is done. Who does it is the caller the access token names;
 * an {@code operator} sent by older clients is read and ignored.
 */
public record OpsActionRequest(String operator, String reason) {
}
