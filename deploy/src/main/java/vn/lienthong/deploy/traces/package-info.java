/**
 * Traces on one machine: a small OTLP/HTTP receiver the services export their spans to, which
 * keeps them (in memory and as JSON lines) and shows one dossier's trace. The local run and the
 * system tests use it; a province sends its spans to an OpenTelemetry collector instead.
 */
package vn.lienthong.deploy.traces;
