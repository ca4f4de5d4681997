/** Staff members, their roles and communes, what a token says about its holder, and withdrawals; no framework code. */
package vn.lienthong.identity.domain;
