package vn.lienthong.console.adapter.in.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Polling without a full reload: a page sends the version it shows ({@code v}); the answer is the
 * new fragment when the data changed, or no content (htmx then leaves the page as it is).
 */
final class Live {

    private Live() {
    }

    /** A short fingerprint of what a fragment shows. */
    static String version(Object shown) {
        return Integer.toHexString(String.valueOf(shown).hashCode());
    }

    /** True (and the answer set to 204) when the page already shows {@code current}. */
    static boolean unchanged(String shown, String current, HttpServletResponse response) {
        if (current.equals(shown)) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return true;
        }
        return false;
    }
}
