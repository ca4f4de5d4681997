package vn.lienthong.residence.adapter.in.seed;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import vn.lienthong.residence.domain.CommuneCode;
import vn.lienthong.residence.domain.Household;
import vn.lienthong.residence.domain.HouseholdNumber;
import vn.lienthong.residence.domain.Member;
import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.Relationship;

/**
 * Reads {@code households.csv}: one row per member, the head included with relationship
 * {@code HEAD}. The whole file is checked before anything is saved; the first bad row stops the
 * read with the file, line and column named.
 */
final class HouseholdCsv {

    static final String FILE = "households.csv";
    static final List<String> COLUMNS = List.of("household_number", "commune_code", "address_line",
            "head_personal_id_number", "member_personal_id_number", "member_full_name", "relationship_to_head");

    private final Map<HouseholdNumber, SeedHousehold> households = new LinkedHashMap<>();
    private final Map<PersonalIdNumber, Integer> memberLines = new HashMap<>();

    private HouseholdCsv() {
    }

    /** The households in {@code file}, in the order they first appear. */
    static List<Household> read(Path file) {
        var csv = new HouseholdCsv();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            boolean any = rows.hasNext();
            requireHeader((CsvSchema) rows.parserSchema());
            while (any) {
                // The parser reports a row's start where the record before it ended, the line above
                // (and its end past the row's line break); so the row is on the line below.
                int line = rows.parser().currentTokenLocation().getLineNr() + 1;
                csv.add(new SeedRow(rows.next(), line));
                any = rows.hasNext();
            }
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new IllegalStateException(FILE + (at == null ? "" : " line " + at.getLineNr())
                    + ": not readable CSV: " + e.getOriginalMessage(), e);
        }
        return csv.households.values().stream().map(SeedHousehold::toHousehold).toList();
    }

    private static void requireHeader(CsvSchema header) {
        for (String column : COLUMNS) {
            if (header.columnIndex(column) < 0) {
                throw new IllegalStateException(FILE + " line 1: column " + column + " is missing from the header");
            }
        }
    }

    private void add(SeedRow row) {
        var number = row.value("household_number", HouseholdNumber::new);
        var commune = row.value("commune_code", CommuneCode::new);
        String addressLine = row.text("address_line");
        var head = row.value("head_personal_id_number", PersonalIdNumber::new);
        var person = row.value("member_personal_id_number", PersonalIdNumber::new);
        String fullName = row.text("member_full_name");
        var relationship = row.value("relationship_to_head", HouseholdCsv::relationship);
        if ((relationship == Relationship.HEAD) != person.equals(head)) {
            throw row.problem("relationship_to_head", "HEAD belongs on the row of the head, and on that row only");
        }
        Integer earlier = memberLines.putIfAbsent(person, row.line());
        if (earlier != null) {
            throw row.problem("member_personal_id_number", "this person is already listed on line " + earlier);
        }
        households.computeIfAbsent(number, n -> new SeedHousehold(n, commune, addressLine, head, row.line()))
                .add(row, commune, addressLine, head, new Member(person, fullName, relationship, null, null));
    }

    private static Relationship relationship(String value) {
        try {
            return Relationship.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be one of " + List.of(Relationship.values()), e);
        }
    }
}
