package vn.lienthong.idnumber.adapter.in.web;

import java.util.List;

import vn.lienthong.idnumber.domain.Refusal;

/** A request that cannot be served as sent; answered with a 422 problem naming every field. */
public class RequestRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Refusal> reasons;

    public RequestRefusedException(List<Refusal> reasons) {
        super("request refused: " + reasons.stream().map(Refusal::field).toList());
        this.reasons = List.copyOf(reasons);
    }

    public List<Refusal> reasons() {
        return reasons;
    }
}
