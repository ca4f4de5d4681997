/** Messages to and from the Ministry of Justice civil-status database: birth and death registration. */
package vn.lienthong.contracts.civilregistry;
