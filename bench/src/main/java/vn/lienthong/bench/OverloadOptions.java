package vn.lienthong.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --overload}: after the warm-up and the measured window as fast as taken (the sustained
 * rate), offer {@code multiples} of that rate, open loop, for {@code phase} each, then stop and
 * wait up to {@code drain} for every accepted dossier to complete. {@code --offered-rate=N} offers
 * N dossiers/s instead of the multiples.
 */
record OverloadOptions(boolean enabled, List<Double> multiples, Integer offeredRate, Duration phase, Duration drain) {

    static final OverloadOptions OFF = new OverloadOptions(false, List.of(), null, Duration.ZERO, Duration.ZERO);

    /** The overload options among {@code args}, and the other arguments. */
    record Parsed(OverloadOptions overload, String[] rest) {
    }

    static Parsed parse(String[] args) {
        boolean enabled = false;
        List<Double> multiples = List.of(2.0, 4.0);
        Integer offeredRate = null;
        Duration phase = Duration.ofSeconds(30);
        Duration drain = Duration.ofSeconds(300);
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            if (arg.equals("--overload")) {
                enabled = true;
            } else if (arg.startsWith("--overload-multiples=")) {
                enabled = true;
                multiples = new ArrayList<>();
                for (String multiple : value.split(",")) {
                    multiples.add(positive(arg, multiple));
                }
            } else if (arg.startsWith("--offered-rate=")) {
                enabled = true;
                offeredRate = (int) positive(arg, value);
            } else if (arg.startsWith("--overload-phase=")) {
                phase = Duration.ofSeconds((long) positive(arg, value.replaceFirst("s$", "")));
            } else if (arg.startsWith("--overload-drain=")) {
                drain = Duration.ofSeconds((long) positive(arg, value.replaceFirst("s$", "")));
            } else {
                rest.add(arg);
            }
        }
        return new Parsed(new OverloadOptions(enabled, List.copyOf(multiples), offeredRate, phase, drain),
                rest.toArray(String[]::new));
    }

    private static double positive(String option, String value) {
        try {
            double number = Double.parseDouble(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException(option.substring(0, option.indexOf('=')) + ": not a number above 0: " + value);
    }
}
