/**
 * Runs each bundled 3-in-1 dossier as a saga over the four agencies: personal ID number, birth
 * registration, then permanent residence and the child's health-insurance card in parallel.
 */
package vn.lienthong.orchestrator;
