/**
 * The console of commune officers and ops staff: pages rendered on the server that call the
 * orchestrator's API with the signed-in person's own access token, so that every access rule is the
 * API's. The console decides only which menu items to show for which role.
 */
package vn.lienthong.console;
