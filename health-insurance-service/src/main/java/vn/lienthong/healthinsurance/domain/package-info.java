/** The card, its number and its validity rule; no framework code. */
package vn.lienthong.healthinsurance.domain;
