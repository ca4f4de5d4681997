/** The sign-in page, the sign-in check, what the token endpoint writes into tokens, and the revocation list. */
package vn.lienthong.identity.adapter.in.web;
