package vn.lienthong.idnumber.config;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lienthong.idnumber.adapter.in.seed.PopulationSeedImport;
import vn.lienthong.idnumber.adapter.out.persistence.JdbcCitizens;
import vn.lienthong.idnumber.adapter.out.persistence.JdbcCommunes;
import vn.lienthong.idnumber.adapter.out.persistence.JdbcDeaths;
import vn.lienthong.idnumber.adapter.out.persistence.JdbcNumberAssignments;
import vn.lienthong.idnumber.adapter.out.persistence.SpringTransactions;
import vn.lienthong.idnumber.application.AssignPersonalIdNumberService;
import vn.lienthong.idnumber.application.RecordDeathService;
import vn.lienthong.idnumber.domain.RandomPartSource;

/** Wires the use cases to their adapters. */
@Configuration(proxyBeanMethods = false)
public class IdNumberConfiguration {

    @Bean
    JdbcCommunes communes(JdbcClient jdbc) {
        return new JdbcCommunes(jdbc);
    }

    @Bean
    JdbcCitizens citizens(JdbcClient jdbc) {
        return new JdbcCitizens(jdbc);
    }

    @Bean
    JdbcNumberAssignments numberAssignments(JdbcClient jdbc, TransactionTemplate transactions) {
        return new JdbcNumberAssignments(jdbc, transactions);
    }

    /**
     * {@code lienthong.id-number.random-seed} makes the random digits reproducible (tests,
     * demonstrations); without it they come from {@link java.security.SecureRandom}.
     */
    @Bean
    AssignPersonalIdNumberService assignPersonalIdNumberService(
            JdbcNumberAssignments assignments, JdbcCitizens citizens, JdbcCommunes communes,
            TransactionTemplate transactions, Clock clock,
            @Value("${lienthong.id-number.random-seed:#{null}}") Long randomSeed) {
        RandomPartSource randomParts = randomSeed == null ? RandomPartSource.secure() : RandomPartSource.seeded(randomSeed);
        return new AssignPersonalIdNumberService(assignments, citizens, communes, new SpringTransactions(transactions),
                randomParts, clock);
    }

    @Bean
    RecordDeathService recordDeathService(JdbcClient jdbc, TransactionTemplate transactions, JdbcCitizens citizens,
                                          Clock clock) {
        return new RecordDeathService(new JdbcDeaths(jdbc, transactions), citizens, clock);
    }

    @Bean
    @ConditionalOnProperty("lienthong.seed.directory")
    PopulationSeedImport populationSeedImport(@Value("${lienthong.seed.directory}") Path directory,
                                              JdbcCommunes communes, JdbcCitizens citizens,
                                              TransactionTemplate transactions) {
        return new PopulationSeedImport(directory, communes, citizens, transactions);
    }
}
