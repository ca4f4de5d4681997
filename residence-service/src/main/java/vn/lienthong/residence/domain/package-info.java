/** Households, their members, the registration number and the rule for placing a child; no framework code. */
package vn.lienthong.residence.domain;
