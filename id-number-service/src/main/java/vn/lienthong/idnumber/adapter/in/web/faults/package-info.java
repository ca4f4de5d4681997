/**
 * The population database's fault model: seeded, configurable misbehaviour of its HTTP API
 * (latency, hangs, server errors, dropped connections, refused permission, malformed answers,
 * outages), so that callers' resilience can be tested against the failures officers report.
 * Only the population-database API is affected, never {@code /actuator/**} or the admin API.
 */
package vn.lienthong.idnumber.adapter.in.web.faults;
