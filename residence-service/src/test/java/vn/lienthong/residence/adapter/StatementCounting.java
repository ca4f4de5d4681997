package vn.lienthong.residence.adapter;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the statements the service sends to PostgreSQL from the calling thread while
 * {@link #during} runs: the service's data source hands out connections that count each statement
 * they prepare. Other threads (the outbox relay, the Kafka consumer, web requests) are not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounting {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** The number of statements {@code work} sent from this thread. */
    static int during(Runnable work) {
        int[] count = {0};
        COUNT.set(count);
        try {
            work.run();
        } finally {
            COUNT.remove();
        }
        return count[0];
    }

    @Bean
    static BeanPostProcessor countingDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
            }
        };
    }

    private static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private static Connection counting(Connection target) {
        return (Connection) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    int[] count = COUNT.get();
                    if (count != null && STATEMENTS.contains(method.getName())) {
                        count[0]++;
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
