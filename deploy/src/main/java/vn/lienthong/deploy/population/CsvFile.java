package vn.lienthong.deploy.population;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes RFC 4180 CSV in UTF-8: a field is quoted when it holds a comma, a quote, a line break or
 * edge spaces, and quotes inside are doubled. An absent value is an empty field.
 */
final class CsvFile implements AutoCloseable {

    private final BufferedWriter out;

    private CsvFile(BufferedWriter out) {
        this.out = out;
    }

    static CsvFile create(Path file, List<String> header) {
        try {
            var csv = new CsvFile(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
            csv.row(header.toArray());
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    void row(Object... fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields[i]));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || !text.equals(text.strip());
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
