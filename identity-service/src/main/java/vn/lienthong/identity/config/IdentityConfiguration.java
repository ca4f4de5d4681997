package vn.lienthong.identity.config;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.lienthong.identity.adapter.in.seed.DemoStaffSeed;
import vn.lienthong.identity.adapter.in.web.StaffSignIn;
import vn.lienthong.identity.adapter.out.persistence.JdbcRevocations;
import vn.lienthong.identity.adapter.out.persistence.JdbcStaffMembers;
import vn.lienthong.identity.application.RevocationListService;
import vn.lienthong.identity.application.StaffDirectoryService;
import vn.lienthong.identity.application.port.out.PasswordHashing;
import vn.lienthong.identity.application.port.out.StaffMembers;

/** The staff directory, the list of withdrawn accounts, and their use cases. */
@Configuration(proxyBeanMethods = false)
public class IdentityConfiguration {

    /** bcrypt today, stored as "{bcrypt}…" so another algorithm can take over without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    StaffMembers staffMembers(JdbcClient jdbc) {
        return new JdbcStaffMembers(jdbc);
    }

    @Bean
    StaffDirectoryService staffDirectory(StaffMembers staffMembers, PasswordEncoder passwordEncoder) {
        PasswordHashing hashing = passwordEncoder::encode;
        return new StaffDirectoryService(staffMembers, hashing);
    }

    @Bean
    StaffSignIn staffSignIn(StaffDirectoryService staffDirectory) {
        return new StaffSignIn(staffDirectory);
    }

    @Bean
    RevocationListService revocationList(JdbcClient jdbc, IdentityProperties properties) {
        return new RevocationListService(new JdbcRevocations(jdbc), properties.accessTokenTimeToLive(), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnBooleanProperty("lienthong.identity.demo-accounts.enabled")
    DemoStaffSeed demoStaffSeed(StaffDirectoryService staffDirectory, IdentityProperties properties) {
        return new DemoStaffSeed(staffDirectory, properties.demoAccounts().password());
    }
}
