package vn.lienthong.idnumber.adapter.in.seed;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lienthong.idnumber.adapter.out.persistence.JdbcCitizens;
import vn.lienthong.idnumber.adapter.out.persistence.JdbcCommunes;

/**
 * Loads {@code communes.csv}, then {@code citizens.csv}, from the seed directory at start-up,
 * when one is configured. Rows are upserted, so starting again with the same files is harmless;
 * all rows are loaded in one transaction, so a bad row stops the start and leaves nothing
 * half-read.
 */
public class PopulationSeedImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PopulationSeedImport.class);

    private final Path directory;
    private final CommuneSeedImport communes;
    private final CitizenSeedImport citizens;
    private final TransactionTemplate transactions;

    public PopulationSeedImport(Path directory, JdbcCommunes communes, JdbcCitizens citizens,
                                TransactionTemplate transactions) {
        this.directory = directory;
        this.communes = new CommuneSeedImport(communes);
        this.citizens = new CitizenSeedImport(citizens, communes);
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            report(CommuneSeedImport.FILE, communes.importFrom(directory));
            report(CitizenSeedImport.FILE, citizens.importFrom(directory));
        });
    }

    private void report(String file, int count) {
        if (count < 0) {
            log.info("No {} in the seed directory; keeping the built-in rows", file);
        } else {
            log.info("Loaded {} rows from {} in {}", count, file, directory);
        }
    }
}
