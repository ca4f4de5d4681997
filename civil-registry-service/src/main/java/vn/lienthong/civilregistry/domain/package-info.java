/** The birth and death registers, their numbering and the rules of registering a birth or a death; no framework code. */
package vn.lienthong.civilregistry.domain;
