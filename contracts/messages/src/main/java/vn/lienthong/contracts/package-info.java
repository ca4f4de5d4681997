/**
 * Message schemas shared by the 3-in-1 services: one package per agency with its topics,
 * commands and replies, plus the dossier events the national portal consumes. Plain records only,
 * so every service can depend on them without pulling in a framework. Evolve additively: add
 * optional fields, never rename or remove one.
 */
package vn.lienthong.contracts;
