/**
 * What text may travel between the portal, the services and the agencies' registers: every text
 * in Unicode NFC, without invisible or control characters, and no longer than the registers hold.
 * The same rules are applied at the HTTP door and by each agency on what it receives.
 */
package vn.lienthong.rules.text;
