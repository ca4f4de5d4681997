package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class OverloadReportTest {

    @Test
    void eachPhaseShowsHowBusyTheWholeMachineWas() {
        assertThat(Overload.machineCores(new MachineCpu(54.0, 0.0), 30.0)).isEqualTo(1.8);

        String printed = print(phase("sustained", 1.8), phase("2x", Overload.machineCores(new MachineCpu(0, 0), 30.0)));

        assertThat(printed).contains("cores  machine");
        assertThat(line(printed, "sustained")).endsWith("1.80");
        assertThat(line(printed, "2x")).as("/proc/stat not read").endsWith("n/a");
    }

    @Test
    void theTimeEachPhaseWasMeasuredOverIsShown() {
        var late = new Overload.Phase("2x", 200, 200, 48.25, 900, 0, 900, 900 / 48.25, 0, 900 / 48.25,
                Percentiles.of(new double[] {100, 200}), 40, 1.2, 1.9, 0.4, Double.NaN, List.of());

        String printed = print(phase("sustained", 1.8), late);

        assertThat(printed).contains("measured over: sustained 30.0 s, 2x 48.3 s");
        assertThat(printed).contains("rejected in all              5 (neither accepted nor asked to be sent again): HTTP 500 2, IOException 3");
        assertThat(line(printed, "2x")).contains("18.7");
    }

    @Test
    void theCoresTheLoadGeneratorTookFromTheSystemAreShownForEachPhase() {
        var flood = new Overload.Phase("4x", 400, 400, 30, 900, 9000, 900, 30, 300, 30,
                Percentiles.of(new double[] {100, 200}), 40, 1.3, 1.95, 0.62, 21.5, List.of());

        String printed = print(phase("sustained", 1.8), flood);

        assertThat(printed).contains("the load generator's own cores, on the same cores as the system"
                + " (a portal runs elsewhere): sustained 0.35, 4x 0.62");
        assertThat(line(printed, "  a probe round's")).endsWith("sustained 13.25 ms, 4x 21.50 ms");
    }

    @Test
    void aPhaseWithoutAProbeRoundSaysSo() {
        var late = new Overload.Phase("2x", 200, 200, 48.25, 900, 0, 900, 900 / 48.25, 0, 900 / 48.25,
                Percentiles.of(new double[] {100, 200}), 40, 1.2, 1.9, 0.4, Double.NaN, List.of());

        assertThat(line(print(phase("sustained", 1.8), late), "  a probe round's")).endsWith("sustained 13.25 ms, 2x n/a");
    }

    @Test
    void aPhaseThatSentLessThanItOfferedLeavesTheVerdictUndecided() {
        var asAsked = new Overload.Phase("2x", 200, 195, 30, 900, 0, 900, 30, 0, 30,
                Percentiles.of(new double[] {100, 200}), 40, 1.2, 1.9, 0.4, Double.NaN, List.of());
        var short4x = new Overload.Phase("4x", 400, 150, 30, 900, 9000, 900, 30, 300, 30,
                Percentiles.of(new double[] {100, 200}), 40, 1.2, 1.9, 0.6, Double.NaN, List.of());

        assertThat(Overload.offeredAsAsked(List.of(phase("sustained", 1.8), asAsked))).isTrue();
        assertThat(Overload.offeredAsAsked(List.of(phase("sustained", 1.8), asAsked, short4x))).isFalse();
        String printed = print(phase("sustained", 1.8), asAsked, short4x);

        assertThat(line(printed, "2x")).startsWith("2x               200.0   195.0");
        assertThat(printed).contains("completions held ≥ 90 % of the sustained rate: undecided: the load generator"
                + " sent only 150.0 of the 400.0/s offered in 4x");
        assertThat(print(phase("sustained", 1.8), asAsked)).contains("completions held ≥ 90 % of the sustained rate: yes");
    }

    private static Overload.Phase phase(String name, double machineCores) {
        return new Overload.Phase(name, 0, 60, 30, 900, 0, 900, 30, 0, 30, Percentiles.of(new double[] {100, 200}),
                40, 1.2, machineCores, 0.35, 13.25, List.of());
    }

    private static String print(Overload.Phase... phases) {
        var bytes = new ByteArrayOutputStream();
        Overload.print(new Overload.Result("now", "test", List.of(phases), 1800, 1800, 0, 1, true, true,
                        Overload.offeredAsAsked(List.of(phases)),
                        new java.util.TreeMap<>(java.util.Map.of("HTTP 500", 2, "IOException", 3))),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String line(String printed, String phase) {
        return printed.lines().filter(l -> l.startsWith(phase + " ")).findFirst().orElseThrow().strip();
    }
}
