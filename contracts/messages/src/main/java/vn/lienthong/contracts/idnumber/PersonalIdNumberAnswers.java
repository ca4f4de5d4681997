package vn.lienthong.contracts.idnumber;

import java.util.List;
import java.util.Map;

/**
 * The answers to an {@link AssignPersonalIdNumbers}, one for each request and in the same order.
 * Each carries the HTTP status the request would have had alone ({@code 201} a new number,
 * {@code 200} a repeated request, {@code 409} or {@code 422} a refusal, {@code 500} a failure of
 * this request only, worth asking again) and, for a number, {@code assigned}; otherwise
 * {@code problem}, the RFC 9457 problem the request alone would have been answered with.
 */
public record PersonalIdNumberAnswers(List<Answer> answers) {

    /** One request's answer; exactly one of {@code assigned} and {@code problem} is present. */
    public record Answer(String requestId, int status, PersonalIdNumberAssigned assigned, Map<String, Object> problem) {
    }
}
