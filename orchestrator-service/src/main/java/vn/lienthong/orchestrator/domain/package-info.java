/** The 3-in-1 procedure as plain Java: the dossier, its form, the saga and the working calendar. */
package vn.lienthong.orchestrator.domain;
