/**
 * Stands in for the national population database (CSDLQG về dân cư, Ministry of Public Security):
 * assigns a newborn's personal ID number by Decree 137/2015 and Circular 07/2016/TT-BCA, and
 * answers look-ups of citizens. Reached over HTTP, as the real database is.
 */
package vn.lienthong.idnumber;
