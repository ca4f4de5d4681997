package vn.lienthong.identity.adapter.in.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import vn.lienthong.identity.application.port.in.SeedStaffUseCase;

/** Adds the demo staff on an empty database, when demo accounts are on (the local run; never production). */
public class DemoStaffSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStaffSeed.class);

    private final SeedStaffUseCase seeding;
    private final String password;

    public DemoStaffSeed(SeedStaffUseCase seeding, String password) {
        this.seeding = seeding;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = seeding.seedIfEmpty(DemoStaff.ALL, password);
        if (added > 0) {
            log.info("Added {} demo staff accounts (lienthong.identity.demo-accounts.enabled is on)", added);
        }
    }
}
