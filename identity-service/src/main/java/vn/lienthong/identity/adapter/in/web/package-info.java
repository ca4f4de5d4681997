/** The sign-in page, the sign-in check and what the token endpoint writes into tokens. */
package vn.lienthong.identity.adapter.in.web;
