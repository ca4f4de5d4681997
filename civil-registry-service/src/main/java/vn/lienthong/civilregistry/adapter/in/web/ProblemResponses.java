package vn.lienthong.civilregistry.adapter.in.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.lienthong.web.Problems;

/**
 * This service's own problems, RFC 9457, Vietnamese first then English; malformed inputs and
 * framework errors are answered by the shared {@code vn.lienthong.web.ProblemDetailsAdvice}.
 */
@RestControllerAdvice
public class ProblemResponses {

    @ExceptionHandler(BirthRegistrationNotFoundException.class)
    ProblemDetail notFound(BirthRegistrationNotFoundException e) {
        return Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", "Not found", "Chưa có đăng ký khai sinh nào với số này.", e.getMessage());
    }

    @ExceptionHandler(DeathRegistrationNotFoundException.class)
    ProblemDetail deathNotFound(DeathRegistrationNotFoundException e) {
        return Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", "Not found",
                "Chưa có đăng ký khai tử nào với số này.", e.getMessage());
    }
}
