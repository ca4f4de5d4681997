package vn.lienthong.idnumber.adapter.in.web.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of a failing population database. Problems are RFC 9457 problem details in
 * Vietnamese first and English, with a {@code code}; written here because faults are injected
 * before Spring MVC, whose problem handling never sees the request.
 */
final class FaultAnswers {

    /** An answer cut off mid-way, as a proxy that closed the back end's stream would pass on. */
    static final String TRUNCATED_JSON = "{\"requestId\":\"";

    /** What a gateway in front of the database shows when its back end is down, with 200. */
    static final String HTML_PAGE = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>Thông báo</title></head>
            <body><h1>Hệ thống đang bảo trì</h1><p>Vui lòng quay lại sau. / Under maintenance, please come back later.</p></body>
            </html>
            """;

    private final JsonMapper json;

    FaultAnswers(JsonMapper json) {
        this.json = json;
    }

    void internalError(HttpServletResponse response) throws IOException {
        problem(response, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Lỗi hệ thống / Internal error",
                "CSDL quốc gia về dân cư gặp lỗi kỹ thuật.",
                "The national population database had a technical error.");
    }

    void unavailable(HttpServletResponse response) throws IOException {
        problem(response, HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
                "Tạm thời không phục vụ / Service unavailable",
                "CSDL quốc gia về dân cư tạm thời không phục vụ được; hãy thử lại sau.",
                "The national population database is temporarily unavailable; try again later.");
    }

    void permissionDenied(HttpServletResponse response) throws IOException {
        problem(response, HttpStatus.FORBIDDEN, "PERMISSION_DENIED", "Không có quyền truy cập / Permission denied",
                "Hệ thống không có quyền truy cập CSDL quốc gia về dân cư.",
                "This system has no permission to access the national population database.");
    }

    void gatewayTimeout(HttpServletResponse response) throws IOException {
        problem(response, HttpStatus.GATEWAY_TIMEOUT, "GATEWAY_TIMEOUT", "Hết thời gian chờ / Gateway timeout",
                "CSDL quốc gia về dân cư không trả lời kịp.",
                "The national population database did not answer in time.");
    }

    /** A success status, as the contract's would be, with a body that is not the contract. */
    void malformed(HttpServletRequest request, HttpServletResponse response, boolean htmlPage) throws IOException {
        if (htmlPage) {
            write(response, HttpStatus.OK, MediaType.TEXT_HTML_VALUE + ";charset=UTF-8", HTML_PAGE);
        } else {
            HttpStatus status = "POST".equals(request.getMethod()) ? HttpStatus.CREATED : HttpStatus.OK;
            write(response, status, MediaType.APPLICATION_JSON_VALUE, TRUNCATED_JSON);
        }
    }

    private void problem(HttpServletResponse response, HttpStatus status, String code, String title,
                         String detailVi, String detailEn) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detailVi + " / " + detailEn);
        body.put("code", code);
        body.put("message", detailVi);
        body.put("messageEn", detailEn);
        write(response, status, MediaType.APPLICATION_PROBLEM_JSON_VALUE, json.writeValueAsString(body));
    }

    private static void write(HttpServletResponse response, HttpStatus status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status.value());
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }
}
