package vn.lienthong.orchestrator.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

import vn.lienthong.orchestrator.application.port.in.Requester;
import vn.lienthong.web.security.CallerTokenConverter;

/**
 * Gives a controller method its {@link Requester}: the caller the access token names, and the
 * endpoint as the HTTP method and the matched path template. The template, not the path: the
 * audit must not carry the values a path or query holds.
 */
public final class RequesterArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Requester.class;
    }

    @Override
    public Requester resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                     NativeWebRequest request, WebDataBinderFactory binders) {
        HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
        Object template = http.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (template == null) {
            throw new IllegalStateException("no path template matched the request");
        }
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            // An unauthenticated request never reaches a controller.
            throw new IllegalStateException("no authenticated caller");
        }
        return new Requester(CallerTokenConverter.caller(token.getToken()), http.getMethod() + " " + template);
    }
}
