/** The birth register, its numbering and the rules of registering a birth; no framework code. */
package vn.lienthong.civilregistry.domain;
