package vn.lienthong.idnumber.adapter.in.seed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * One CSV file of the seed directory: a header, then one record per line. Any problem stops the
 * import with the file, line and column named. Messages never quote a value: seed files hold
 * personal data.
 */
final class SeedFile {

    private static final CsvMapper CSV = new CsvMapper();

    private SeedFile() {
    }

    /** Hands each row to {@code handler}; returns the number of rows, or -1 when there is no such file. */
    static int forEachRow(Path directory, String name, List<String> columns, Consumer<SeedRow> handler) {
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            return -1;
        }
        int count = 0;
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            while (rows.hasNext()) {
                Map<String, String> values = rows.next();
                // The parser stands on the record's last token, so this is the record's line.
                var row = new SeedRow(name, rows.parser().currentTokenLocation().getLineNr(), values);
                if (count == 0) {
                    requireHeader(name, columns, values);
                }
                handler.accept(row);
                count++;
            }
        } catch (JacksonException e) {
            var where = e.getLocation();
            throw new IllegalStateException(name + " line " + (where == null ? "?" : where.getLineNr())
                    + ", position " + (where == null ? "?" : where.getColumnNr()) + ": not readable as CSV: "
                    + String.valueOf(e.getOriginalMessage()).replaceAll("\"[^\"]*\"", "\"…\""));
        }
        return count;
    }

    private static void requireHeader(String name, List<String> columns, Map<String, String> firstRow) {
        for (String column : columns) {
            if (!firstRow.containsKey(column)) {
                throw new IllegalStateException(name + " line 1: the header has no column " + column);
            }
        }
    }
}
