/**
 * The benchmark: plays the national portal against the whole system on this machine, measures
 * what it achieves and what Kafka and PostgreSQL alone could achieve, and reports both.
 */
package vn.lienthong.bench;
