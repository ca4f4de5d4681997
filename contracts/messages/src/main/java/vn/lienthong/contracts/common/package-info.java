/** Value records that several agencies' messages share: people, places, rejections. */
package vn.lienthong.contracts.common;
