/** Events about dossiers that the national portal consumes to keep applicants informed. */
package vn.lienthong.contracts.dossier;
