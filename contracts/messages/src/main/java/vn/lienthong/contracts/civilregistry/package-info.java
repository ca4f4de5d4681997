/** Messages to and from the Ministry of Justice civil-status database: birth registration. */
package vn.lienthong.contracts.civilregistry;
