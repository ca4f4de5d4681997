package vn.lienthong.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** TCP ports on 127.0.0.1: a free one to listen on, or whether a fixed one is taken. */
final class Ports {

    private Ports() {
    }

    /**
     * The ports {@link #free} handed out in this JVM. A port just closed may come back from the
     * kernel at once, and two listeners given the same one (a broker's client and controller
     * listeners, asked for one after the other) collide when they start.
     */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /** A free port, never one this JVM was given before. */
    static int free() {
        while (true) {
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
    }

    /** True when something already listens on {@code port} of 127.0.0.1. */
    static boolean taken(int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
