package vn.lienthong.civilregistry.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.civilregistry.domain.BirthCertificateNumber;
import vn.lienthong.civilregistry.domain.BirthDeclaration;
import vn.lienthong.civilregistry.domain.BirthRegistration;
import vn.lienthong.civilregistry.domain.CommuneCode;
import vn.lienthong.civilregistry.domain.Declarant;
import vn.lienthong.civilregistry.domain.Newborn;
import vn.lienthong.civilregistry.domain.Parent;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;
import vn.lienthong.civilregistry.domain.RegisterEntry;
import vn.lienthong.civilregistry.domain.Sex;

/** A register entry as one row of {@code birth_register_entry}, and back. */
final class BirthRegisterEntryRows {

    private BirthRegisterEntryRows() {
    }

    /** The columns of one entry, in the order of {@link #values}. */
    static final String COLUMNS = """
            birth_certificate_number, commune_code, register_volume,
                entry_number, registered_on, late_registration, dossier_id, portal_dossier_code,
                child_personal_id_number, child_full_name, child_sex, child_date_of_birth, child_facility_name,
                child_place_of_birth_commune_code, child_ethnicity, child_nationality,
                medical_birth_certificate_number, medical_birth_certificate_electronic,
                mother_full_name, mother_date_of_birth, mother_personal_id_number, mother_ethnicity,
                mother_nationality, father_full_name, father_date_of_birth, father_personal_id_number,
                father_ethnicity, father_nationality, declarant_full_name, declarant_personal_id_number,
                declarant_relationship, original_birth_statement_seen""";
    /** One row's placeholders, as many as {@link #COLUMNS}. */
    static final String PLACEHOLDERS = "(" + String.join(", ", Collections.nCopies(32, "?")) + ")";

    static void insert(JdbcClient jdbc, BirthRegistration registration) {
        jdbc.sql("insert into birth_register_entry (" + COLUMNS + ") values " + PLACEHOLDERS)
                .params(values(registration))
                .update();
    }

    /** The values of {@code registration}'s row, in the order of {@link #COLUMNS}. */
    static Object[] values(BirthRegistration registration) {
        BirthDeclaration d = registration.declaration();
        Newborn child = d.child();
        Parent mother = d.mother();
        Parent father = d.father() == null ? new Parent(null, null, null, null, null) : d.father();
        return new Object[] {registration.certificateNumber().value(), d.registrationCommune().value(),
                registration.entry().volume(), registration.entry().entryNumber(), registration.registeredOn(),
                registration.lateRegistration(), d.dossierId(), d.portalDossierCode(),
                d.childPersonalIdNumber().value(), child.fullName(), child.sex().name(), child.dateOfBirth(),
                child.facilityName(), child.placeOfBirthCommuneCode(), child.ethnicity(), child.nationality(),
                child.medicalBirthCertificateNumber(), child.medicalBirthCertificateElectronic(),
                mother.fullName(), mother.dateOfBirth(), mother.personalIdNumber(), mother.ethnicity(),
                mother.nationality(), father.fullName(), father.dateOfBirth(), father.personalIdNumber(),
                father.ethnicity(), father.nationality(), d.declarant().fullName(),
                d.declarant().personalIdNumber(), d.declarant().relationship(), d.originalBirthStatementSeen()};
    }

    static BirthRegistration registration(ResultSet row, int rowNumber) throws SQLException {
        var child = new Newborn(row.getString("child_full_name"), Sex.valueOf(row.getString("child_sex")),
                date(row, "child_date_of_birth"), row.getString("child_facility_name"),
                row.getString("child_place_of_birth_commune_code"), row.getString("child_ethnicity"),
                row.getString("child_nationality"), row.getString("medical_birth_certificate_number"),
                row.getBoolean("medical_birth_certificate_electronic"));
        var declaration = new BirthDeclaration(
                row.getObject("dossier_id", UUID.class),
                row.getString("portal_dossier_code"),
                new CommuneCode(row.getString("commune_code")),
                new PersonalIdNumber(row.getString("child_personal_id_number")),
                child,
                parent(row, "mother"),
                row.getString("father_full_name") == null ? null : parent(row, "father"),
                new Declarant(row.getString("declarant_full_name"), row.getString("declarant_personal_id_number"),
                        row.getString("declarant_relationship")),
                row.getBoolean("original_birth_statement_seen"));
        return new BirthRegistration(
                new BirthCertificateNumber(row.getString("birth_certificate_number")),
                new RegisterEntry(row.getString("register_volume"), row.getInt("entry_number")),
                date(row, "registered_on"),
                row.getBoolean("late_registration"),
                declaration);
    }

    private static Parent parent(ResultSet row, String role) throws SQLException {
        return new Parent(row.getString(role + "_full_name"), date(row, role + "_date_of_birth"),
                row.getString(role + "_personal_id_number"), row.getString(role + "_ethnicity"),
                row.getString(role + "_nationality"));
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }
}
