/** Use cases of the residence database and the ports they need; no framework code. */
package vn.lienthong.residence.application;
