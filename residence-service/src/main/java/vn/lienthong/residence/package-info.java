/**
 * Stands in for the police residence database (Ministry of Public Security): registers a
 * newborn's permanent residence (đăng ký thường trú) in the household of a parent who is a
 * permanent resident there.
 */
package vn.lienthong.residence;
