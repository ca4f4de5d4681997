package vn.lienthong.orchestrator.adapter.in.web.ops;

/** The body of every ops action: who does it and why. */
public record OpsActionRequest(String operator, String reason) {
}
