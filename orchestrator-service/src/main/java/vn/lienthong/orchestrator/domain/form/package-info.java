/**
 * What the family submits through the national portal: declaration form 01, the medical birth
 * certificate and the three requests, entered once and fed to every agency. With the rules a
 * dossier must meet before any agency is asked.
 */
package vn.lienthong.orchestrator.domain.form;
