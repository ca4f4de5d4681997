package vn.lienthong.console.adapter.in.web;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a person sees when the API refuses a page: not found (the API's 404, also for a dossier of
 * another commune), not allowed (403), or the API's own explanation; and when it cannot be reached.
 * A poll (htmx) gets no content instead, so the page it updates stays as it was.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final PageModel page;

    ErrorPages(PageModel page) {
        this.page = page;
    }

    /** An exception handler's model gets no {@code @ModelAttribute}s: the frame's are added here. */
    private void frame(Model model, HttpServletRequest request, Locale locale) {
        model.addAttribute("language", page.language(locale));
        model.addAttribute("otherLanguageUrl", page.otherLanguageUrl(request, locale));
        model.addAttribute("poll", page.poll());
    }

    @ExceptionHandler(ApiProblem.class)
    String refused(ApiProblem problem, HttpServletRequest request, HttpServletResponse response, Model model,
                   Locale locale) {
        var answer = problem.answer();
        if (isPoll(request)) {
            response.setStatus(204);
            return null;
        }
        response.setStatus(answer.notFound() ? 404 : answer.forbidden() ? 403 : answer.status() >= 500 ? 502 : answer.status());
        frame(model, request, locale);
        model.addAttribute("kind", answer.notFound() ? "notFound" : answer.forbidden() ? "forbidden" : "other");
        model.addAttribute("message", answer.message(locale));
        return "error-page";
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unreachable(ResourceAccessException e, HttpServletRequest request, HttpServletResponse response, Model model,
                       Locale locale) {
        log.warn("The orchestrator's API cannot be reached: {}", e.getMessage());
        response.setStatus(isPoll(request) ? 204 : 503);
        if (isPoll(request)) {
            return null;
        }
        model.addAttribute("kind", "unavailable");
        frame(model, request, locale);
        return "error-page";
    }

    static boolean isPoll(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
