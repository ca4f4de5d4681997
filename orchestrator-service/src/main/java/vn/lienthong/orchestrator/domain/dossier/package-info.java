/**
 * The dossier: its form, the state of each step, the results the agencies returned, what must
 * happen next and the history of what happened when.
 */
package vn.lienthong.orchestrator.domain.dossier;
