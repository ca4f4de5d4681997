package vn.lienthong.console.adapter.in.web;

import vn.lienthong.console.adapter.out.orchestrator.ApiAnswer;

/** The API refused what a page asked for: the page shows its answer instead. */
class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ApiAnswer answer;

    ApiProblem(ApiAnswer answer) {
        super("the API answered " + answer.status());
        this.answer = answer;
    }

    ApiAnswer answer() {
        return answer;
    }

    /** The answer's body when it succeeded; otherwise the page becomes the API's refusal. */
    static vn.lienthong.console.adapter.out.orchestrator.Fields require(ApiAnswer answer) {
        if (!answer.ok()) {
            throw new ApiProblem(answer);
        }
        return answer.body();
    }
}
