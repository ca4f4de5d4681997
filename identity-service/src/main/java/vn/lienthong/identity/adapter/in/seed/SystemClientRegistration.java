package vn.lienthong.identity.adapter.in.seed;

import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers the system's clients on the first start, when no client is registered yet. Only then:
 * a client deleted later stays deleted across restarts, so its new tokens stay impossible.
 */
public class SystemClientRegistration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SystemClientRegistration.class);
    /** Serialises the registration of instances starting together. */
    private static final long REGISTRATION_LOCK = 0x1d3e8L;

    private final RegisteredClientRepository clients;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Supplier<List<RegisteredClient>> systemClients;

    public SystemClientRegistration(RegisteredClientRepository clients, JdbcClient jdbc, TransactionTemplate transaction,
                                    Supplier<List<RegisteredClient>> systemClients) {
        this.clients = clients;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.systemClients = systemClients;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (anyRegistered()) {
            return;
        }
        Integer registered = transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(REGISTRATION_LOCK).query().singleRow();
            if (anyRegistered()) {
                return 0;
            }
            List<RegisteredClient> all = systemClients.get();
            all.forEach(clients::save);
            return all.size();
        });
        log.info("Registered {} system clients", registered);
    }

    private boolean anyRegistered() {
        return jdbc.sql("select exists (select 1 from oauth2_registered_client)").query(Boolean.class).single();
    }
}
