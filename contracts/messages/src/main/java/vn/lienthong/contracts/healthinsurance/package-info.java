/** Messages to and from Vietnam Social Security: the health-insurance card of a child under 6. */
package vn.lienthong.contracts.healthinsurance;
