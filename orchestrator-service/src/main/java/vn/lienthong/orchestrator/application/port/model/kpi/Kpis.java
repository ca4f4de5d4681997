package vn.lienthong.orchestrator.application.port.model.kpi;

import java.time.LocalDate;
import java.util.List;

/**
 * The measurements of one period over the dossiers of one scope, each defined in docs/console.md.
 * Rates and shares are null when there is nothing to divide by. Days and hours are in the
 * procedure's zone.
 */
public record Kpis(LocalDate from, LocalDate to, String zone, long received, long completed, List<Day> daily,
                   OnTime onTime, TimeToComplete timeToComplete, Waiting waitingForPerson,
                   List<HourOfDay> idNumberLookups, List<Area> byCommune, List<Area> byProvince) {

    public record Day(LocalDate date, long received, long completed) {
    }

    /** Completed in the period, and of those, completed on or before their statutory due date. */
    public record OnTime(long completed, long onTime, Double rate) {
    }

    /** From receipt to completion, in hours, of the dossiers completed in the period. */
    public record TimeToComplete(long completed, Double medianHours, Double p90Hours) {
    }

    /** Of the dossiers received in the period, those waiting for a person now, by reason. */
    public record Waiting(long received, long waiting, Double share, List<Reason> byReason) {
    }

    /**
     * @param waitingFor  the kind of the required action: SUPPLEMENT (the applicant), OFFICER,
     *                    REVIEW (an officer), OPS
     * @param reason      the code of its first reason
     * @param officerTask the officer task it is, for an officer's action
     */
    public record Reason(String waitingFor, String reason, String officerTask, long dossiers, Double share) {
    }

    /** Attempts of the ID-number step that ended in this hour of the day, and those that failed. */
    public record HourOfDay(int hour, long lookups, long failed, Double failureRate) {
    }

    /** One commune's or province's figures; {@code provinceCode} is null for a province row. */
    public record Area(String code, String name, String provinceCode, long received, long completed, long onTime,
                       Double onTimeRate, Double medianHours, Double p90Hours) {
    }
}
