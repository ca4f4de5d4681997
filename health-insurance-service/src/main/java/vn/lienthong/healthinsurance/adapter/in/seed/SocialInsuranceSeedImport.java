package vn.lienthong.healthinsurance.adapter.in.seed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import vn.lienthong.healthinsurance.adapter.out.persistence.JdbcInsuranceRecords;
import vn.lienthong.healthinsurance.domain.InsuranceRecord;
import vn.lienthong.healthinsurance.domain.MonthlyBenefit;
import vn.lienthong.healthinsurance.domain.OtherScheme;
import vn.lienthong.healthinsurance.domain.PersonalIdNumber;

/**
 * Loads {@code social-insurance.csv} (columns {@code personal_id_number,compulsory_months,
 * voluntary_months,monthly_benefit,monthly_benefit_since,other_scheme}; the last three may be empty)
 * from the seed directory at start-up, when one is configured. The whole file is read and checked
 * before anything is saved, in one transaction; a bad row stops the start with the file, line and
 * column named, never the value (an ID number).
 */
public class SocialInsuranceSeedImport implements ApplicationRunner {

    static final String FILE = "social-insurance.csv";
    static final List<String> COLUMNS = List.of("personal_id_number", "compulsory_months", "voluntary_months",
            "monthly_benefit", "monthly_benefit_since", "other_scheme");
    private static final Logger log = LoggerFactory.getLogger(SocialInsuranceSeedImport.class);

    private final Path directory;
    private final JdbcInsuranceRecords records;
    private final TransactionTemplate transactions;

    public SocialInsuranceSeedImport(Path directory, JdbcInsuranceRecords records, TransactionTemplate transactions) {
        this.directory = directory;
        this.records = records;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            log.info("No {} in the seed directory; keeping the built-in social-insurance records", FILE);
            return;
        }
        List<InsuranceRecord> read = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            boolean any = rows.hasNext();
            CsvSchema header = (CsvSchema) rows.parserSchema();
            for (String column : COLUMNS) {
                if (header.columnIndex(column) < 0) {
                    throw new IllegalStateException(FILE + " line 1: column " + column + " is missing from the header");
                }
            }
            while (any) {
                Map<String, String> row = rows.next();
                // After next() the parser stands on the row's last value, which is on the row's line.
                read.add(record(row, rows.parser().currentTokenLocation().getLineNr()));
                any = rows.hasNext();
            }
        } catch (JacksonException e) {
            throw new IllegalStateException(FILE + ": not readable CSV: " + e.getOriginalMessage(), e);
        }
        transactions.executeWithoutResult(tx -> read.forEach(records::save));
        log.info("Loaded {} social-insurance records from {}", read.size(), file);
    }

    private static InsuranceRecord record(Map<String, String> row, int line) {
        var person = value(row, "personal_id_number", line, PersonalIdNumber::new);
        int compulsory = value(row, "compulsory_months", line, SocialInsuranceSeedImport::months);
        int voluntary = value(row, "voluntary_months", line, SocialInsuranceSeedImport::months);
        MonthlyBenefit benefit = optional(row, "monthly_benefit", line, MonthlyBenefit::valueOf);
        LocalDate since = optional(row, "monthly_benefit_since", line, LocalDate::parse);
        if ((benefit == null) != (since == null)) {
            throw problem(line, "monthly_benefit_since", "is given with a monthly benefit, and only then");
        }
        OtherScheme other = optional(row, "other_scheme", line, OtherScheme::valueOf);
        return new InsuranceRecord(person, compulsory, voluntary, benefit, since, other);
    }

    private static int months(String text) {
        int months = Integer.parseInt(text);
        if (months < 0) {
            throw new IllegalArgumentException("months cannot be negative");
        }
        return months;
    }

    private static <T> T value(Map<String, String> row, String column, int line, Function<String, T> parse) {
        T value = optional(row, column, line, parse);
        if (value == null) {
            throw problem(line, column, "is empty");
        }
        return value;
    }

    private static <T> T optional(Map<String, String> row, String column, int line, Function<String, T> parse) {
        String text = row.get(column);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw problem(line, column, "cannot be read as " + column.replace('_', ' '));
        }
    }

    private static IllegalStateException problem(int line, String column, String what) {
        return new IllegalStateException(FILE + " line " + line + ": column " + column + " " + what);
    }
}
