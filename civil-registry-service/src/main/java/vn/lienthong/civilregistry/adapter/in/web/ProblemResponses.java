package vn.lienthong.civilregistry.adapter.in.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details, in Vietnamese first and English. */
@RestControllerAdvice
public class ProblemResponses {

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.messageVi() + " / " + e.getMessage());
        problem.setTitle("Dữ liệu không hợp lệ / Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.messageVi(), "messageEn", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(BirthRegistrationNotFoundException.class)
    ProblemDetail notFound(BirthRegistrationNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Chưa có đăng ký khai sinh nào với số này. / " + e.getMessage());
        problem.setTitle("Không tìm thấy / Not found");
        return problem;
    }
}
