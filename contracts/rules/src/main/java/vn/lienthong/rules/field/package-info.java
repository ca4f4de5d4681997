/** Codes for field faults shared by the portal API and every agency's refusals. */
package vn.lienthong.rules.field;
