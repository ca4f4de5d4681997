/**
 * Stands in for the Ministry of Justice electronic civil-status database: registers a birth in
 * the commune's birth register and issues the electronic birth certificate, and registers a death
 * in the commune's death register and issues the electronic death extract.
 */
package vn.lienthong.civilregistry;
