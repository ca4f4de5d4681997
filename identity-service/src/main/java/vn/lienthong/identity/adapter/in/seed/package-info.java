/** Start-up registration of the system's clients and, for the local run, the demo staff accounts. */
package vn.lienthong.identity.adapter.in.seed;
