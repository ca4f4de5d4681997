package vn.lienthong.residence.adapter.in.seed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lienthong.residence.adapter.out.persistence.JdbcHouseholds;
import vn.lienthong.residence.domain.Household;

/**
 * Loads {@code households.csv} from the seed directory at start-up, when one is configured. A bad
 * row stops the start with the file, line and column named, before anything is saved; a good file
 * is saved in one transaction, and loading it again changes nothing.
 */
public class HouseholdSeedImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HouseholdSeedImport.class);

    private final Path directory;
    private final JdbcHouseholds households;
    private final TransactionTemplate transactions;

    public HouseholdSeedImport(Path directory, JdbcHouseholds households, TransactionTemplate transactions) {
        this.directory = directory;
        this.households = households;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path file = directory.resolve(HouseholdCsv.FILE);
        if (!Files.isRegularFile(file)) {
            log.info("No {} in the seed directory; keeping the built-in households", HouseholdCsv.FILE);
            return;
        }
        List<Household> read = HouseholdCsv.read(file);
        transactions.executeWithoutResult(tx -> read.forEach(households::save));
        log.info("Loaded {} households, {} members, from {}", read.size(),
                read.stream().mapToInt(h -> h.members().size()).sum(), file);
    }
}
