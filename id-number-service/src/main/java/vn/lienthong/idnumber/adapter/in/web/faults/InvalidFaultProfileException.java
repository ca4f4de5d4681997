package vn.lienthong.idnumber.adapter.in.web.faults;

import java.util.List;
import java.util.stream.Collectors;

import vn.lienthong.idnumber.domain.Refusal;

/** A fault profile that cannot be used, with every bad field named; the web answer is a 422 problem. */
public class InvalidFaultProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Refusal> reasons;

    public InvalidFaultProfileException(List<Refusal> reasons) {
        super(reasons.stream().map(reason -> reason.field() + ": " + reason.messageEn())
                .collect(Collectors.joining("; ")));
        this.reasons = List.copyOf(reasons);
    }

    public List<Refusal> reasons() {
        return reasons;
    }
}
