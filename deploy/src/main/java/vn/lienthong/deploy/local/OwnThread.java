package vn.lienthong.deploy.local;

import java.util.concurrent.CompletableFuture;

/**
 * Work that runs beside the start on a thread of its own, which inherits the starting thread's
 * context class loader. The common fork-join pool's threads have the system class loader instead
 * (and a JDK may run {@code runAsync} there even on two cores), which cannot see the classes of
 * the executable jar: Kafka resolves its configuration's class names through the context class
 * loader, and fails there.
 */
final class OwnThread {

    private OwnThread() {
    }

    static CompletableFuture<Void> run(String name, Runnable work) {
        return CompletableFuture.runAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }
}
