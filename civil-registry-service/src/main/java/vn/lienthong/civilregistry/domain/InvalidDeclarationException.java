package vn.lienthong.civilregistry.domain;

import java.util.List;

/** A declaration that cannot even be judged: fields missing or malformed. */
public class InvalidDeclarationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Refusal> problems;

    public InvalidDeclarationException(List<Refusal> problems) {
        // Field names only: the values are personal data and this message may reach a log.
        super("invalid declaration: " + problems.stream().map(Refusal::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Refusal> problems() {
        return problems;
    }
}
