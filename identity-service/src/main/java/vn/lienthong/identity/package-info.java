/**
 * Stands in for the national identity platform (or a ministry's identity provider): an OAuth 2.1 /
 * OpenID Connect provider that signs the JWTs the system's HTTP APIs accept. It knows the staff who
 * sign in (commune civil-status officers, commune police, provincial ops, administrators), the
 * communes each one serves, and the system's clients (the national portal, the services, the
 * console).
 */
package vn.lienthong.identity;
