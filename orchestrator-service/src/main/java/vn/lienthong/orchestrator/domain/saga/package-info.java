/** The 3-in-1 procedure as one declaration: which step follows which, and what stops a step. */
package vn.lienthong.orchestrator.domain.saga;
