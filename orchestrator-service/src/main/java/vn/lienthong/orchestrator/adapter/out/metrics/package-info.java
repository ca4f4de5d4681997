/**
 * What ops watch that no use case needs, published as gauges for the metrics scraper: the
 * ID-number backlog and the open dossiers against their due dates (deploy/observability).
 */
package vn.lienthong.orchestrator.adapter.out.metrics;
