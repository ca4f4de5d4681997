/**
 * Messages to and from Vietnam Social Security: the health-insurance card of a child under 6, and
 * the funeral allowance when a person dies, with what survivors' benefits the relatives may claim.
 */
package vn.lienthong.contracts.healthinsurance;
