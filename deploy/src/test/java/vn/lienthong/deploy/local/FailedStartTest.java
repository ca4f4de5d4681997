package vn.lienthong.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that fails is reported as such: it is not taken for a stop asked for, which the local
 * run leaves to the stop under way (and would wait for forever).
 */
class FailedStartTest {

    @TempDir
    Path work;

    @Test
    void aStartThatFailsSaysWhyAndIsNotTakenForAStopAskedFor() throws IOException {
        List<String> console = new ArrayList<>();
        var settings = new LocalSystem.Settings(work, work, true, false, work.resolve("seed"), List.of(), Map.of())
                .withConsole(console::add);
        ServerSocket holder = null;
        try {
            holder = new ServerSocket(LocalSystem.KAFKA_PORT, 1, InetAddress.getLoopbackAddress());
        } catch (BindException alreadyTaken) {
            // Another program has the port: the start fails the same way.
        }
        try {
            LocalSystem system = LocalSystem.create(settings);

            assertThatThrownBy(system::start).hasMessageContaining("is taken by another program");
            assertThat(system.stopRequested()).as("a failed start is not a stop asked for").isFalse();
            system.close();
            assertThat(system.stopRequested()).isTrue();
        } finally {
            if (holder != null) {
                holder.close();
            }
        }
    }
}
