package vn.lienthong.orchestrator.adapter.in.web;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.lienthong.orchestrator.application.port.model.audit.AuditNotRecordedException;

/**
 * A request whose audit entry could not be recorded: its work was rolled back with the entry, so
 * nothing was read or done unaudited. First in order, since the database error it carries as its
 * cause would otherwise be answered as a problem with the request's data.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AuditProblemResponses {

    private static final Logger LOG = LoggerFactory.getLogger(AuditProblemResponses.class);

    @ExceptionHandler(AuditNotRecordedException.class)
    ProblemDetail notRecorded(AuditNotRecordedException e) {
        // By the causes' classes only, as every unexpected error is logged: a message may quote values.
        List<String> causes = new ArrayList<>();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            causes.add(cause.getClass().getName());
        }
        LOG.error("A request was refused: its audit entry could not be recorded; causes: {}", causes);
        return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "audit-not-recorded",
                "Không ghi được nhật ký kiểm tra / The audit log could not record the request",
                "Yêu cầu không được thực hiện vì không ghi được vào nhật ký kiểm tra; vui lòng thử lại sau. / "
                        + "The request was not carried out because the audit log could not record it; try again later.");
    }
}
