/** Wiring: the use cases, the authorization server, the security filter chains. */
package vn.lienthong.identity.config;
