package vn.lienthong.console.adapter.in.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import vn.lienthong.console.config.ConsoleProperties;

/** What every page's frame needs: the language switch of this very page, and how often to poll. */
@ControllerAdvice
class PageModel {

    private final ConsoleProperties properties;

    PageModel(ConsoleProperties properties) {
        this.properties = properties;
    }

    /** This page in the other language. */
    @ModelAttribute("otherLanguageUrl")
    String otherLanguageUrl(HttpServletRequest request, Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? "vi" : "en";
        StringBuilder url = new StringBuilder(request.getRequestURI()).append("?lang=").append(other);
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("lang") && !name.equals("_csrf")) {
                for (String value : values) {
                    url.append('&').append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        });
        return url.toString();
    }

    @ModelAttribute("language")
    String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "vi";
    }

    /** htmx's polling trigger, e.g. {@code every 3s}. */
    @ModelAttribute("poll")
    String poll() {
        return "every " + Math.max(1, properties.pollInterval().toSeconds()) + "s";
    }
}
