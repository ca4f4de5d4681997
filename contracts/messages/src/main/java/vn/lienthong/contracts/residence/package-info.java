/**
 * Messages to and from the police residence database: permanent residence of a newborn, and its
 * removal when a person dies.
 */
package vn.lienthong.contracts.residence;
