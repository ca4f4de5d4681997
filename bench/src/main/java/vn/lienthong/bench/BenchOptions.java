package vn.lienthong.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What to run. {@code rate} 0 means as fast as the system takes dossiers (at most
 * {@code maxInFlight} submitted and not yet completed); otherwise a fixed number per second.
 */
record BenchOptions(Path root, int rate, Duration warmup, Duration duration, int maxInFlight, String faultProfile,
                    int families, boolean skipPartsAlone, boolean profile, Path output, List<String> serviceArguments,
                    List<String> jvmOptions) {

    static BenchOptions parse(String[] args) {
        Path root = Path.of(".").toAbsolutePath().normalize();
        int rate = 0;
        Duration warmup = Duration.ofSeconds(120);
        Duration duration = Duration.ofSeconds(60);
        int maxInFlight = 600;
        String faultProfile = null;
        int families = 0;
        boolean skipPartsAlone = false;
        boolean profile = false;
        Path output = null;
        List<String> serviceArguments = new ArrayList<>();
        List<String> jvmOptions = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            if (arg.startsWith("--root=")) {
                root = Path.of(value).toAbsolutePath().normalize();
            } else if (arg.startsWith("--rate=")) {
                rate = value.equals("max") ? 0 : Integer.parseInt(value);
            } else if (arg.startsWith("--warmup=")) {
                warmup = seconds(value);
            } else if (arg.startsWith("--duration=")) {
                duration = seconds(value);
            } else if (arg.startsWith("--max-in-flight=")) {
                maxInFlight = Integer.parseInt(value);
            } else if (arg.startsWith("--fault-profile=")) {
                faultProfile = value;
            } else if (arg.startsWith("--families=")) {
                families = Integer.parseInt(value);
            } else if (arg.equals("--skip-parts-alone")) {
                skipPartsAlone = true;
            } else if (arg.equals("--profile")) {
                profile = true;
            } else if (arg.startsWith("--jvm=")) {
                jvmOptions.add(value);
            } else if (arg.startsWith("--arg=")) {
                serviceArguments.add(value);
            } else if (arg.startsWith("--out=")) {
                output = Path.of(value);
            } else {
                unknown.add(arg);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + unknown + "; known: --rate=N|max --warmup=20s "
                    + "--duration=60s --max-in-flight=600 --fault-profile=NAME --families=N --skip-parts-alone "
                    + "--profile --out=DIR --arg=<module>:--<spring property>=<value> --jvm=<option for every service>");
        }
        if (families == 0) {
            int perSecond = rate == 0 ? 400 : rate;
            families = (int) Math.min(200_000, perSecond * (warmup.toSeconds() + duration.toSeconds()) * 12 / 10 + 500);
        }
        if (output == null) {
            output = root.resolve("bench").resolve("target").resolve("results");
        }
        return new BenchOptions(root, rate, warmup, duration, maxInFlight, faultProfile, families, skipPartsAlone,
                profile, output, List.copyOf(serviceArguments), List.copyOf(jvmOptions));
    }

    private static Duration seconds(String value) {
        return Duration.ofSeconds(Long.parseLong(value.endsWith("s") ? value.substring(0, value.length() - 1) : value));
    }

    String mode() {
        return rate == 0 ? "as fast as taken (max " + maxInFlight + " in flight)" : rate + " dossiers/s";
    }
}
