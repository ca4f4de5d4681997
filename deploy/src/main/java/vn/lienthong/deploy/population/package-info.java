/**
 * Synthetic families for tests, the local run and load: parents, households, newborns and the
 * portal dossiers that declare them, consistent with one another and with the seed files the
 * stand-in agencies load, and the same for the same seed.
 */
package vn.lienthong.deploy.population;
