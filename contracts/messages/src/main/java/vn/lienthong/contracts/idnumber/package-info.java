/**
 * The HTTP contract of the national population database: assigning a newborn's personal ID
 * number, recording deaths and looking up citizens. The real database is reached over HTTP, so these records are
 * request and response bodies, not Kafka messages.
 */
package vn.lienthong.contracts.idnumber;
