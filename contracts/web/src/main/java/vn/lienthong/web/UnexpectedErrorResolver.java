package vn.lienthong.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last resolver: an exception nobody answered becomes a {@code 500} problem that says
 * nothing of its cause, and is logged by class and stack frames only, because an exception's
 * message may quote what the request sent.
 */
final class UnexpectedErrorResolver implements HandlerExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorResolver.class);
    private static final int FRAMES = 12;

    private final JsonMapper json;

    UnexpectedErrorResolver(JsonMapper json) {
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        log.error("Unexpected {} answering {} {}{}", ex.getClass().getName(), request.getMethod(),
                request.getRequestURI(), framesOf(ex));
        if (response.isCommitted()) {
            return new ModelAndView();
        }
        ProblemDetail problem = Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Lỗi hệ thống", "Internal error",
                "Hệ thống gặp lỗi khi xử lý yêu cầu; dữ liệu đã nhận không bị mất. Hãy thử lại sau.",
                "The system failed handling the request; nothing already accepted is lost. Try again later.");
        try {
            response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not write the error answer: {}", e.getClass().getName());
        }
        return new ModelAndView();
    }

    /** Each cause's class and its first frames, without messages. */
    static String framesOf(Throwable error) {
        StringBuilder trace = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            trace.append(System.lineSeparator()).append("  caused by ").append(cause.getClass().getName())
                    .append(Arrays.stream(cause.getStackTrace()).limit(FRAMES)
                            .map(frame -> System.lineSeparator() + "    at " + frame)
                            .collect(Collectors.joining()));
        }
        return trace.toString();
    }
}
