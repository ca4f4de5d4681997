/**
 * The HTTP side of the contracts, shared by every service: one RFC 9457 problem shape for every
 * error (Vietnamese first, then English, each field at fault named under {@code errors}), limits
 * applied before a body is read, and the text rules of {@code vn.lienthong.rules.text} applied
 * to every string a request carries.
 */
package vn.lienthong.web;
