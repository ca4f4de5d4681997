/** End-to-end tests of the whole system, as the national portal and commune officers use it. */
package vn.lienthong.systemtests;
