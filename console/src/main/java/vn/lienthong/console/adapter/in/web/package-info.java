/**
 * The console's pages: each controller asks the orchestrator's API with the signed-in person's
 * token and renders what it answered; an API refusal or field error is shown as the API put it.
 */
package vn.lienthong.console.adapter.in.web;
