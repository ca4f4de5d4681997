/** Use cases of the population database and the ports they need; no framework code. */
package vn.lienthong.idnumber.application;
