package vn.lienthong.orchestrator.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;

import vn.lienthong.web.security.CallerTokenConverter;

/**
 * Holds each client of dossier intake ({@code POST /api/v1/dossiers}) to its rate limit, keyed by
 * the client id of its access token. It runs before the body is read and before anything is
 * stored, so a refused submission leaves no trace but the 429 and can simply be sent again.
 */
public class IntakeRateLimitInterceptor implements HandlerInterceptor {

    private final IntakeRateLimits limits;

    public IntakeRateLimitInterceptor(IntakeRateLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("POST".equals(request.getMethod())) {
            limits.acquire(clientId()).ifPresent(refusal -> {
                throw new IntakeRateLimitedException(refusal);
            });
        }
        return true;
    }

    /** The access control in front admits no submission without a token. */
    private static String clientId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return CallerTokenConverter.caller(token.getToken()).clientId();
        }
        throw new IllegalStateException("a dossier submission without an access token");
    }
}
