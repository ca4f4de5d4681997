/** Working days: deadlines in the procedure count working days, not calendar days. */
package vn.lienthong.orchestrator.domain.calendar;
