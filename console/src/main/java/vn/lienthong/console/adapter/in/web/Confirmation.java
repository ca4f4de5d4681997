package vn.lienthong.console.adapter.in.web;

import java.util.Map;

/**
 * An ops action's confirmation page: what will happen, the reason every ops action needs, and
 * where the form goes. The same page comes back with the API's errors when it refuses.
 *
 * @param title   the page's heading (already in the person's language)
 * @param explain what the action does
 * @param action  where the confirmed form is posted
 * @param hidden  the action's inputs, sent back as they were
 * @param summary label and value of what the action concerns
 * @param cancel  where "cancel" goes
 */
record Confirmation(String title, String explain, String action, Map<String, String> hidden, Map<String, String> summary,
                    String cancel) {
}
