package vn.lienthong.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed piece of work timed beside the run, to read how fast the machine is while the system is
 * measured: a number of one-byte round trips over a loopback TCP connection between two threads of
 * this JVM, repeated at a fixed interval, each round's CPU (both threads', kernel included) kept.
 *
 * <p>On these machines the same build's CPU a dossier moves by up to a half from one run to the
 * next, in every process at once, with the same messages, commits and batches a dossier; a round of
 * the probe moved with it (docs/performance.md, "The machine's speed, read beside each run"). A
 * round is what the system does at every hop (a write, a wake-up of another thread, a read), so
 * CPU a dossier over a round's CPU compares runs taken on a slower or faster spell of the machine.
 * A round of 500 takes 1-2 % of a core once a second.
 */
final class LoopbackProbe implements AutoCloseable {

    /** One round: when it ended, and the CPU both threads spent in it. */
    record Round(long atNanos, long cpuNanos) {
    }

    /** The benchmark's round: 13.5-23 ms of CPU on the 2-core machine under load, about 10 ms idle. */
    static final int ROUND_TRIPS = 500;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final int roundTrips;
    private final long everyNanos;
    private final ServerSocket server;
    private final Socket client;
    private final Thread echo;
    private final Thread prober;
    private final List<Round> rounds = new ArrayList<>();
    private volatile boolean closed;

    private LoopbackProbe(int roundTrips, Duration every) throws IOException {
        if (roundTrips < 1 || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("a probe needs at least one round trip and an interval above zero");
        }
        if (!THREADS.isThreadCpuTimeSupported()) {
            throw new UnsupportedOperationException("this JVM cannot read a thread's CPU time");
        }
        this.roundTrips = roundTrips;
        this.everyNanos = every.toNanos();
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        echo = new Thread(this::echo, "loopback-probe-echo");
        echo.setDaemon(true);
        echo.start();
        try {
            client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
            client.setTcpNoDelay(true);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        prober = new Thread(this::probe, "loopback-probe");
        prober.setDaemon(true);
        prober.start();
    }

    /** Starts probing at once: {@code roundTrips} round trips a round, a round every {@code every}. */
    static LoopbackProbe start(int roundTrips, Duration every) {
        try {
            return new LoopbackProbe(roundTrips, every);
        } catch (IOException e) {
            throw new UncheckedIOException("the loopback probe could not connect to itself", e);
        }
    }

    /** The median CPU of the rounds that ended between the two instants, in ms; NaN without one. */
    double medianMillisBetween(long fromNanos, long toNanos) {
        long[] cpu;
        synchronized (rounds) {
            cpu = rounds.stream().filter(round -> round.atNanos() >= fromNanos && round.atNanos() < toNanos)
                    .mapToLong(Round::cpuNanos).toArray();
        }
        if (cpu.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(cpu);
        double median = cpu.length % 2 == 1 ? cpu[cpu.length / 2] : (cpu[cpu.length / 2 - 1] + cpu[cpu.length / 2]) / 2.0;
        return median / 1e6;
    }

    List<Round> rounds() {
        synchronized (rounds) {
            return List.copyOf(rounds);
        }
    }

    private void echo() {
        try (Socket peer = server.accept()) {
            peer.setTcpNoDelay(true);
            InputStream in = peer.getInputStream();
            OutputStream out = peer.getOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                out.write(b);
            }
        } catch (IOException e) {
            // closed with the probe
        }
    }

    private void probe() {
        try {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            long echoId = echo.getId();
            long next = System.nanoTime();
            while (!closed) {
                long before = THREADS.getCurrentThreadCpuTime() + THREADS.getThreadCpuTime(echoId);
                for (int i = 0; i < roundTrips; i++) {
                    out.write(i & 0x7f);
                    if (in.read() < 0) {
                        return;
                    }
                }
                long cpu = THREADS.getCurrentThreadCpuTime() + THREADS.getThreadCpuTime(echoId) - before;
                synchronized (rounds) {
                    rounds.add(new Round(System.nanoTime(), cpu));
                }
                next += everyNanos;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } else {
                    next = System.nanoTime();
                }
            }
        } catch (IOException e) {
            // closed with the probe
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        prober.interrupt();
        try {
            client.close();
            server.close();
            prober.join(5_000);
            echo.join(5_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
