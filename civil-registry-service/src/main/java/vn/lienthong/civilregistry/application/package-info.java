/** Use cases of the civil-status database and the ports they need; no framework code. */
package vn.lienthong.civilregistry.application;
