package vn.lienthong.healthinsurance.adapter.in.seed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import vn.lienthong.healthinsurance.adapter.out.persistence.JdbcCareFacilities;
import vn.lienthong.healthinsurance.domain.InitialCareFacility;
import vn.lienthong.healthinsurance.domain.ProvinceCode;

/**
 * Loads {@code care-facilities.csv} (columns {@code facility_code,facility_name,province_code})
 * from the seed directory at start-up, when one is configured. A bad row stops the start with
 * the file, line and column named, so no half-read seed goes unnoticed.
 */
public class CareFacilitySeedImport implements ApplicationRunner {

    static final String FILE = "care-facilities.csv";
    private static final Logger log = LoggerFactory.getLogger(CareFacilitySeedImport.class);

    private final Path directory;
    private final JdbcCareFacilities facilities;

    public CareFacilitySeedImport(Path directory, JdbcCareFacilities facilities) {
        this.directory = directory;
        this.facilities = facilities;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            log.info("No {} in the seed directory; keeping the built-in facilities", FILE);
            return;
        }
        int count = 0;
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                // After next() the parser stands on the row's last value, which is on the row's line.
                int line = rows.parser().currentTokenLocation().getLineNr();
                facilities.save(new InitialCareFacility(
                        required(row, "facility_code", line),
                        required(row, "facility_name", line),
                        province(required(row, "province_code", line), line)));
                count++;
            }
        } catch (JacksonException e) {
            throw new IllegalStateException(FILE + ": not readable CSV: " + e.getOriginalMessage(), e);
        }
        log.info("Loaded {} care facilities from {}", count, file);
    }

    private static String required(Map<String, String> row, String column, int line) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(FILE + " line " + line + ": column " + column + " is empty");
        }
        return value.strip();
    }

    private static ProvinceCode province(String value, int line) {
        try {
            return new ProvinceCode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(FILE + " line " + line + ": column province_code: " + e.getMessage(), e);
        }
    }
}
