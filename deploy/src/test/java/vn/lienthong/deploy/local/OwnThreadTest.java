package vn.lienthong.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class OwnThreadTest {

    @Test
    void theWorkSeesTheClassesItsStarterSees() throws Exception {
        ClassLoader executableJar = new URLClassLoader(new URL[0], getClass().getClassLoader());
        AtomicReference<ClassLoader> seen = new AtomicReference<>();
        AtomicReference<String> threadName = new AtomicReference<>();
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(executableJar);
        try {
            OwnThread.run("start-kafka", () -> {
                seen.set(Thread.currentThread().getContextClassLoader());
                threadName.set(Thread.currentThread().getName());
            }).join();
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }

        assertThat(seen.get()).isSameAs(executableJar);
        assertThat(threadName.get()).isEqualTo("start-kafka");
    }
}
