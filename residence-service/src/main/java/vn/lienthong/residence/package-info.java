/**
 * Stands in for the police residence database (Ministry of Public Security): registers a
 * newborn's permanent residence (đăng ký thường trú) in the household of a parent who is a
 * permanent resident there, and removes the registration of a person who died (xóa đăng ký
 * thường trú), marking a household whose head died as needing a new head.
 */
package vn.lienthong.residence;
