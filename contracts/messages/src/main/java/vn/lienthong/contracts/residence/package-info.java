/** Messages to and from the police residence database: permanent residence of the child. */
package vn.lienthong.contracts.residence;
