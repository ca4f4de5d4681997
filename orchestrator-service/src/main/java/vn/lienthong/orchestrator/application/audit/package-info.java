/**
 * The audit chain's use cases: every read of a dossier's personal data and every action by a
 * person or a client, appended in the transaction of what it records; the listing; the verification.
 */
package vn.lienthong.orchestrator.application.audit;
