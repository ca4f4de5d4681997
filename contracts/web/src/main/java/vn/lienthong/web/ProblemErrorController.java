package vn.lienthong.web;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Errors raised outside the controllers (the servlet container, a filter) reach {@code /error};
 * they are answered in the same problem shape rather than the framework's default body.
 */
// Where the servlet container forwards errors, not an endpoint of the API: left out of its description.
@Hidden
@RestController
final class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // No error being forwarded: someone asked for the error page itself, which is nothing to see.
        HttpStatusCode status = HttpStatusCode.valueOf(code instanceof Integer value ? value : 404);
        ProblemDetail problem = switch (status.value()) {
            case 404 -> ProblemDetailsAdvice.notFound();
            case 413 -> ProblemDetailsAdvice.tooLarge(-1);
            default -> Problems.problem(status, "http-" + status.value(), "Không xử lý được yêu cầu",
                    "Request not handled", "Yêu cầu không xử lý được (mã " + status.value() + ").",
                    "The request could not be handled (status " + status.value() + ").");
        };
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}
