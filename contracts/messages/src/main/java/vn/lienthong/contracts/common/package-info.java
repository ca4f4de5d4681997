/** Value records that several agencies' messages share: people, places, deaths, rejections. */
package vn.lienthong.contracts.common;
