package vn.lienthong.orchestrator.application.port.in;

import java.util.List;

import vn.lienthong.orchestrator.domain.form.FieldProblem;

public class InvalidDossierException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidDossierException(List<FieldProblem> problems) {
        super("invalid dossier: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
