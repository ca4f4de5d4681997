package vn.lienthong.idnumber.adapter.in.seed;

import java.nio.file.Path;
import java.util.List;

import vn.lienthong.idnumber.adapter.out.persistence.JdbcCommunes;
import vn.lienthong.idnumber.domain.Commune;
import vn.lienthong.idnumber.domain.ProvinceCode;

/** {@code communes.csv}: {@code commune_code,commune_name,province_code,province_name}. */
final class CommuneSeedImport {

    static final String FILE = "communes.csv";
    static final List<String> COLUMNS = List.of("commune_code", "commune_name", "province_code", "province_name");

    private final JdbcCommunes communes;

    CommuneSeedImport(JdbcCommunes communes) {
        this.communes = communes;
    }

    int importFrom(Path directory) {
        return SeedFile.forEachRow(directory, FILE, COLUMNS, row -> communes.save(new Commune(
                row.required("commune_code", code -> requireDigits(code, 5), "a 5-digit commune code"),
                row.required("commune_name"),
                row.required("province_code", ProvinceCode::new, "a 3-digit province code starting with 0"),
                row.required("province_name"))));
    }

    private static String requireDigits(String value, int count) {
        if (!value.matches("\\d{" + count + "}")) {
            throw new IllegalArgumentException("not " + count + " digits");
        }
        return value;
    }
}
