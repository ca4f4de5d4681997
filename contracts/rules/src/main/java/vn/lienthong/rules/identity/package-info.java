/**
 * What a personal ID number (số định danh cá nhân) looks like, the one rule the orchestrator and
 * every agency apply to the numbers they receive (Decree 137/2015, Circular 07/2016/TT-BCA).
 */
package vn.lienthong.rules.identity;
