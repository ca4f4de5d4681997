package vn.lienthong.deploy.traces;

import java.nio.file.Path;

/**
 * The trace receiver on its own, for a system the local run did not start (the benchmark with
 * tracing exported, say): {@code TraceReceiverMain <port> [<spans.jsonl>]}. Runs until killed.
 */
public final class TraceReceiverMain {

    private TraceReceiverMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: TraceReceiverMain <port> [<spans.jsonl>]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        TraceStore store = args.length == 2 ? TraceStore.inFile(Path.of(args[1]), 10_000) : TraceStore.inMemory(10_000);
        var receiver = OtlpTraceReceiver.start(port, store);
        System.out.println("Receiving spans at " + receiver.endpoint());
        Thread.currentThread().join();
    }
}
