package vn.lienthong.console.adapter.in.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

/**
 * How the pages write the API's dates and times: day/month/year and the time in Vietnam, as
 * officers read them ({@code ${@formats.dateTime(item.receivedAt)}}).
 */
@Component("formats")
public class Formats {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** An instant (ISO-8601) as a day and time in Vietnam; blank when absent. */
    public String dateTime(Object instant) {
        Instant parsed = instant(instant);
        return parsed == null ? "" : DAY_TIME.format(parsed.atZone(VIETNAM));
    }

    /** A date (ISO-8601), or the day of an instant in Vietnam. */
    public String date(Object value) {
        if (value == null || value.toString().isBlank()) {
            return "";
        }
        try {
            return DAY.format(LocalDate.parse(value.toString()));
        } catch (DateTimeParseException e) {
            Instant parsed = instant(value);
            return parsed == null ? value.toString() : DAY.format(parsed.atZone(VIETNAM));
        }
    }

    /** An ISO-8601 timestamp for a {@code <time datetime>} attribute. */
    public String iso(Object value) {
        return value == null ? "" : value.toString();
    }

    /** An ISO-8601 duration, e.g. PT3H12M, as "3 h 12 min". */
    public String duration(Object value) {
        if (value == null) {
            return "";
        }
        try {
            Duration duration = Duration.parse(value.toString());
            long days = duration.toDays();
            long hours = duration.toHoursPart();
            long minutes = duration.toMinutesPart();
            if (days > 0) {
                return days + " d " + hours + " h";
            }
            return hours > 0 ? hours + " h " + minutes + " min" : minutes + " min " + duration.toSecondsPart() + " s";
        } catch (DateTimeParseException e) {
            return value.toString();
        }
    }

    /** A share (0.1234) as a percentage (12.3 %); a dash when absent. */
    public String percent(Object share) {
        if (!(share instanceof Number number)) {
            return "—";
        }
        return String.format(java.util.Locale.ROOT, "%.1f %%", number.doubleValue() * 100);
    }

    /** Hours with one decimal (two under an hour, so minutes still show); a dash when absent. */
    public String hours(Object hours) {
        if (!(hours instanceof Number number)) {
            return "—";
        }
        return String.format(java.util.Locale.ROOT, number.doubleValue() < 1 ? "%.2f" : "%.1f", number.doubleValue());
    }

    private static Instant instant(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.toString());
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(value.toString()).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
