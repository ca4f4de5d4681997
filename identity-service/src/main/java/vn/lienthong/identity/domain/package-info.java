/** Staff members, their roles and communes, and what a token says about its holder; no framework code. */
package vn.lienthong.identity.domain;
