/**
 * Households, their members, the registration number, the rule for placing a child and the removal
 * of a deceased resident; no framework code.
 */
package vn.lienthong.residence.domain;
