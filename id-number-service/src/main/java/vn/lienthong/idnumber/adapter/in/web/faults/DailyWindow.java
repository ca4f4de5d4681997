package vn.lienthong.idnumber.adapter.in.web.faults;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day range that recurs every day, written {@code HH:mm-HH:mm}: from the start,
 * inclusive, to the end, exclusive. {@code 24:00} ends at midnight; a start after the end runs
 * across midnight ({@code 23:00-01:00}). Start and end must differ.
 */
public record DailyWindow(int startMinute, int endMinute) {

    private static final int MINUTES_PER_DAY = 24 * 60;

    public static final DailyWindow ALL_DAY = new DailyWindow(0, MINUTES_PER_DAY);

    private static final Pattern FORMAT = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");

    public DailyWindow {
        if (startMinute < 0 || startMinute >= MINUTES_PER_DAY || endMinute < 0 || endMinute > MINUTES_PER_DAY
                || startMinute == endMinute) {
            throw new IllegalArgumentException("not a daily window: " + startMinute + "-" + endMinute);
        }
    }

    /** Reads {@code HH:mm-HH:mm}; throws {@link IllegalArgumentException} on anything else. */
    public static DailyWindow parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not HH:mm-HH:mm");
        }
        return new DailyWindow(minute(m.group(1), m.group(2), false), minute(m.group(3), m.group(4), true));
    }

    public boolean contains(LocalTime time) {
        int minute = time.getHour() * 60 + time.getMinute();
        return startMinute < endMinute
                ? minute >= startMinute && minute < endMinute
                : minute >= startMinute || minute < endMinute;
    }

    @Override
    public String toString() {
        return "%02d:%02d-%02d:%02d".formatted(startMinute / 60, startMinute % 60, endMinute / 60, endMinute % 60);
    }

    private static int minute(String hours, String minutes, boolean end) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        boolean midnight = end && h == 24 && m == 0;
        if (!midnight && (h > 23 || m > 59)) {
            throw new IllegalArgumentException("not a time of day");
        }
        return h * 60 + m;
    }
}
