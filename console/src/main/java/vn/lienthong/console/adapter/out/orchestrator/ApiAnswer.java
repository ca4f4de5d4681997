package vn.lienthong.console.adapter.out.orchestrator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the API answered: the status, the body, and for a problem (RFC 9457) its title and the
 * fields at fault, each with its message in Vietnamese and English.
 */
public record ApiAnswer(int status, Fields body, String location) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public boolean notFound() {
        return status == 404;
    }

    public boolean forbidden() {
        return status == 401 || status == 403;
    }

    /** The problem's explanation in the person's language: the API writes "Vietnamese / English". */
    public String message(Locale locale) {
        String detail = body.text("detail") != null ? body.text("detail") : body.text("title");
        if (detail == null) {
            return "HTTP " + status;
        }
        int split = detail.indexOf(" / ");
        if (split < 0) {
            return detail;
        }
        return isEnglish(locale) ? detail.substring(split + 3) : detail.substring(0, split);
    }

    /** Each field at fault and what to do about it, in the person's language. */
    public Map<String, String> fieldErrors(Locale locale) {
        List<Fields> errors = body.list("errors");
        return errors.stream().collect(Collectors.toMap(error -> error.text("field"),
                error -> isEnglish(locale) && error.text("messageEn") != null ? error.text("messageEn")
                        : error.text("message") != null ? error.text("message") : "",
                (a, b) -> a + " " + b, java.util.LinkedHashMap::new));
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
