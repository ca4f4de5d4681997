package vn.lienthong.messaging.web;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The parked-messages API's problems, RFC 9457, Vietnamese first then English. */
@RestControllerAdvice(assignableTypes = ParkedMessagesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ParkedMessagesProblems {

    @ExceptionHandler(ParkedMessagesController.InvalidParkedMessageRequest.class)
    ProblemDetail invalid(ParkedMessagesController.InvalidParkedMessageRequest e) {
        int count = e.faults.size();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Yêu cầu không hợp lệ / Invalid request",
                "Có " + count + " thông tin cần sửa. / " + count + " input(s) to correct.");
        problem.setProperty("errors", e.faults);
        return problem;
    }

    @ExceptionHandler(ParkedMessagesController.ParkedMessageNotFound.class)
    ProblemDetail notFound(ParkedMessagesController.ParkedMessageNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "parked-message-not-found", "Không tìm thấy tin nhắn / Message not found",
                "Không có tin nhắn tạm giữ với mã này. / " + e.getMessage());
    }

    @ExceptionHandler(ParkedMessagesController.AlreadyRedriven.class)
    ProblemDetail alreadyRedriven(ParkedMessagesController.AlreadyRedriven e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "already-redriven", "Đã gửi lại / Already redriven",
                "Tin nhắn này đã được " + e.earlier.redrivenBy() + " gửi lại lúc " + e.earlier.redrivenAt() + ". / "
                        + e.getMessage());
        problem.setProperty("code", "ALREADY_REDRIVEN");
        problem.setProperty("redrivenBy", e.earlier.redrivenBy());
        problem.setProperty("redrivenAt", e.earlier.redrivenAt().toString());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:lienthong:problem:" + type));
        problem.setTitle(title);
        return problem;
    }
}
