package vn.lienthong.orchestrator.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;

import vn.lienthong.orchestrator.application.port.model.WorklistCriteria;
import vn.lienthong.orchestrator.domain.dossier.OfficerTask;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.web.FieldError;
import vn.lienthong.web.InvalidFieldException;

/**
 * The worklist's parameters of {@code GET /api/v1/dossiers}, each checked, every fault named at
 * once ({@code 400}). Dates are days in the procedure's zone, both ends included.
 */
final class WorklistParameters {

    /** Longer than any name or code a person types; a longer text is not a search. */
    static final int MAX_TEXT = 100;
    /** The oldest day worth asking for: long before the procedure existed. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);
    static final String OFFICER = "OFFICER";

    private final List<FieldError> errors = new ArrayList<>();

    record Raw(String step, String overdue, String receivedFrom, String receivedTo, String q, String waitingFor,
               String officerTask) {
    }

    static WorklistCriteria read(Raw raw, LocalDate today, ZoneId zone) {
        var parameters = new WorklistParameters();
        Step step = parameters.oneOf("step", raw.step(), Step.class);
        Boolean overdue = parameters.bool("overdue", raw.overdue());
        LocalDate from = parameters.day("receivedFrom", raw.receivedFrom());
        LocalDate to = parameters.day("receivedTo", raw.receivedTo());
        if (from != null && to != null && from.isAfter(to)) {
            parameters.fault("receivedTo", "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu (receivedFrom).",
                    "receivedTo must be on or after receivedFrom.");
        }
        String text = parameters.text(raw.q());
        boolean officer = parameters.waitingFor(raw.waitingFor());
        OfficerTask task = parameters.oneOf("officerTask", raw.officerTask(), OfficerTask.class);
        if (!parameters.errors.isEmpty()) {
            throw new InvalidFieldException(HttpStatus.BAD_REQUEST, parameters.errors);
        }
        return new WorklistCriteria(step, overdue, today, from == null ? null : start(from, zone),
                to == null ? null : start(to.plusDays(1), zone), text, officer || task != null, task);
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private void fault(String field, String vi, String en) {
        errors.add(new FieldError(field, "INVALID_VALUE", vi, en));
    }

    private <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            fault(field, "Giá trị không hợp lệ; chọn một trong: " + allowed + ".", field + " must be one of " + allowed + ".");
            return null;
        }
    }

    private Boolean bool(String field, String value) {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                fault(field, "Chỉ nhận true hoặc false.", field + " must be true or false.");
                yield null;
            }
        };
    }

    private LocalDate day(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (!day.isBefore(EARLIEST) && !day.isAfter(LATEST)) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        fault(field, "Ngày theo dạng YYYY-MM-DD, từ 2000-01-01 đến 2999-12-31.",
                field + " must be a date YYYY-MM-DD from 2000-01-01 to 2999-12-31.");
        return null;
    }

    private String text(String value) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            fault("q", "Nội dung tìm kiếm tối đa " + MAX_TEXT + " ký tự.", "q may hold at most " + MAX_TEXT + " characters.");
            return null;
        }
        return text;
    }

    private boolean waitingFor(String value) {
        if (blank(value)) {
            return false;
        }
        if (!OFFICER.equals(value.strip())) {
            fault("waitingFor", "Chỉ nhận OFFICER (hồ sơ chờ công chức).", "waitingFor must be OFFICER.");
            return false;
        }
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
