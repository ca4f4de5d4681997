/** Citizens, communes and the personal ID number with its format rule; no framework code. */
package vn.lienthong.idnumber.domain;
