package vn.lienthong.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What the database refused, when no rule caught it first: a duplicate is a conflict (409), any
 * other integrity error content that cannot be kept (422). Neither answer quotes the values.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class DataProblemsAdvice {

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.problem(HttpStatus.CONFLICT, "conflict",
                "Trùng với dữ liệu đã có", "Conflicts with existing data",
                "Dữ liệu này đã có; không lưu lần thứ hai.", "This already exists; it is not stored twice."));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Problems.problem(
                HttpStatus.UNPROCESSABLE_CONTENT, "not-storable", "Không lưu được dữ liệu", "Cannot store the data",
                "Dữ liệu không lưu được vì vi phạm ràng buộc của cơ sở dữ liệu; không có gì thay đổi.",
                "The data breaks a rule of the database and was not stored; nothing changed."));
    }
}
