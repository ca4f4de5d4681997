/**
 * Who is asking: the caller an access token names, with its roles and the communes it acts for.
 * Plain Java, so that each service's use cases can decide on it without knowing how the token was
 * read.
 */
package vn.lienthong.rules.access;
