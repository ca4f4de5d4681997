package vn.lienthong.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;

/**
 * Asks the cluster with an admin client, made on first use only: the relay needs it only after a
 * send failed for want of a topic, which is rare.
 */
final class AdminTopicCheck implements TopicCheck, AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Map<String, Object> config;
    private Admin admin;

    /**
     * {@code adminProperties}: the service's connection to the cluster ({@code spring.kafka.*}:
     * address, security protocol, login), so it asks as the service's own user. A topic that user
     * may not see is absent to it.
     */
    AdminTopicCheck(Map<String, Object> adminProperties) {
        Map<String, Object> config = new HashMap<>(adminProperties);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        this.config = Map.copyOf(config);
    }

    @Override
    public synchronized Optional<Boolean> exists(String topic) {
        try {
            if (admin == null) {
                admin = Admin.create(config);
            }
            var names = admin.listTopics(new ListTopicsOptions().timeoutMs((int) TIMEOUT.toMillis()).listInternal(true))
                    .names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.of(names.contains(topic));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(TIMEOUT);
            admin = null;
        }
    }
}
