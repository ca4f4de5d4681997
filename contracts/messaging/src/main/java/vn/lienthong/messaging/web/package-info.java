/**
 * The parked outbox messages of a service, over HTTP, for the agencies (the orchestrator has its
 * own, audited, in its ops API): {@code /api/v1/ops/parked-messages}. Present in a service with
 * Spring MVC unless {@code lienthong.messaging.parked-api.enabled} is false.
 */
package vn.lienthong.messaging.web;
