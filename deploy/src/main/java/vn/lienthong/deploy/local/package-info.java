/**
 * Everything needed to run the system on one machine: a real Kafka broker and a real PostgreSQL
 * server started from their Maven artifacts, the services as separate processes, and consistent
 * synthetic seed data. The local run, the system tests and the benchmark all start the system
 * through this package.
 */
package vn.lienthong.deploy.local;
