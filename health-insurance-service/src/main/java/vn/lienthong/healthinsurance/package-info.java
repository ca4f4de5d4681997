/**
 * Stands in for Vietnam Social Security (BHXH): issues the free health-insurance card (thẻ BHYT)
 * of a child under 6, by the rules of Decree 146/2018 and Decision 1351/QĐ-BHXH.
 */
package vn.lienthong.healthinsurance;
