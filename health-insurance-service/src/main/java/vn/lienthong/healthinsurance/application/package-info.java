/** Use cases of the social-insurance system and the ports they need; no framework code. */
package vn.lienthong.healthinsurance.application;
