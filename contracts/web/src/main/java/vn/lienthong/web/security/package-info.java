/**
 * Every HTTP API as an OAuth 2 resource server: a signed JWT from the configured issuer, for the
 * configured audience, not issued to a client or person the identity provider has withdrawn since
 * (its revocation list, read every few seconds), read into a
 * {@link vn.lienthong.rules.access.Caller}; 401 and 403 answered as problems; actuator health open
 * to probes, metrics for the {@code metrics.read} scope, the rest closed; and whatever a service
 * does not allow explicitly, denied.
 */
package vn.lienthong.web.security;
