package vn.lienthong.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds problems in the one shape every service answers with: {@code type}
 * {@code urn:lienthong:problem:<slug>}, a title and a detail each written "Vietnamese / English",
 * and, where inputs are at fault, an {@code errors} list of {@link FieldError}s.
 */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:lienthong:problem:";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String slug, String titleVi, String titleEn,
                                        String detailVi, String detailEn) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailVi + " / " + detailEn);
        problem.setType(URI.create(TYPE_PREFIX + slug));
        problem.setTitle(titleVi + " / " + titleEn);
        return problem;
    }

    /** A problem about inputs, naming each of them. */
    public static ProblemDetail invalid(HttpStatusCode status, List<FieldError> errors) {
        String slug = status.value() == 422 ? "invalid-content" : "invalid-request";
        ProblemDetail problem = errors.size() == 1
                ? problem(status, slug, "Yêu cầu không hợp lệ", "Invalid request", errors.get(0).message(),
                        errors.get(0).messageEn())
                : problem(status, slug, "Yêu cầu không hợp lệ", "Invalid request",
                        "Có " + errors.size() + " thông tin cần sửa.", errors.size() + " input(s) to correct.");
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }
}
