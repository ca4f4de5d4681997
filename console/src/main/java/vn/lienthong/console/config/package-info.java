/** Sign-in, the API client with the person's token, languages. */
package vn.lienthong.console.config;
