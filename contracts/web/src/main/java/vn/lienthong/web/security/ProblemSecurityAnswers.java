package vn.lienthong.web.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.web.Problems;

/**
 * A request without a valid token (401) or without the right (403), answered as a problem, with
 * the {@code WWW-Authenticate} header that RFC 6750 asks for. The answer never says why a token
 * was refused beyond what the header's standard error codes say.
 */
final class ProblemSecurityAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();
    private final JsonMapper json;

    ProblemSecurityAnswers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearerEntryPoint.commence(request, response, e);
        write(response, Problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Chưa xác thực", "Unauthorized",
                "Cần một mã truy cập (access token) hợp lệ, còn hạn, do nơi cấp được tin cậy cấp cho hệ thống này.",
                "A valid, unexpired access token from the trusted issuer, for this system, is required."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        bearerDenied.handle(request, response, e);
        write(response, Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Không có quyền", "Forbidden",
                "Vai trò của bạn không được làm việc này.", "Your role may not do this."));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
