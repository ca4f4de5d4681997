package vn.lienthong.residence.domain;

import java.util.List;

/** A request that cannot even be judged: fields missing or malformed. */
public class InvalidApplicationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Refusal> problems;

    public InvalidApplicationException(List<Refusal> problems) {
        super("invalid application: " + problems.stream().map(Refusal::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Refusal> problems() {
        return problems;
    }
}
