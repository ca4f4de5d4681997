package vn.lienthong.web.security;

import java.util.Collection;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The rule for a request no service rule matched: allowed when no controller answers its path
 * (so that it gets an honest 404), denied when one does, so that an endpoint added without an
 * access rule cannot be reached by anyone.
 */
final class UnmappedRequests implements AuthorizationManager<RequestAuthorizationContext> {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnmappedRequests(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        return new AuthorizationDecision(!answered(context.getRequest()));
    }

    private boolean answered(HttpServletRequest request) {
        Collection<RequestMappingHandlerMapping> all = mappings.orderedStream().toList();
        for (RequestMappingHandlerMapping mapping : all) {
            try {
                if (mapping.getHandler(request) != null) {
                    return true;
                }
            } catch (Exception e) {
                // A controller answers this path, with another method or media type.
                return true;
            }
        }
        return false;
    }
}
