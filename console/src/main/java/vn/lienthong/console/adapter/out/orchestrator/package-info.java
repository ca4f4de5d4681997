/** The orchestrator's HTTP API as the console calls it, on behalf of the signed-in person. */
package vn.lienthong.console.adapter.out.orchestrator;
