/**
 * Stands in for the Ministry of Justice electronic civil-status database: registers a birth in
 * the commune's birth register and issues the electronic birth certificate.
 */
package vn.lienthong.civilregistry;
