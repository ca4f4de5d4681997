package vn.lienthong.messaging.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records the statements the current thread sends to PostgreSQL while it runs some work; each one
 * is a round trip. Imported into a service's test context ({@code @Import(StatementRecorder.class)}),
 * it wraps the service's data source so that every statement prepared on a recording thread is
 * noted. Other threads (the outbox relay, the Kafka consumers, web requests) are not recorded.
 */
public final class StatementRecorder implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** The statements {@code work} sent from this thread, in order; a plain statement as {@code (plain statement)}. */
    public static List<String> statementsOf(Runnable work) {
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return statements;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Recording) ? new Recording(dataSource) : bean;
    }

    /** Closed with the context, as the pool it wraps would be. */
    private static final class Recording extends DelegatingDataSource implements AutoCloseable {

        Recording(DataSource target) {
            super(target);
        }

        @Override
        public void close() throws Exception {
            if (obtainTargetDataSource() instanceof AutoCloseable pool) {
                pool.close();
            }
        }

        @Override
        public Connection getConnection() throws SQLException {
            return recording(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return recording(super.getConnection(username, password));
        }

        private static Connection recording(Connection target) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        List<String> statements = RECORDING.get();
                        if (statements != null) {
                            switch (method.getName()) {
                                case "prepareStatement", "prepareCall" -> statements.add((String) args[0]);
                                case "createStatement" -> statements.add("(plain statement)");
                                default -> { }
                            }
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
