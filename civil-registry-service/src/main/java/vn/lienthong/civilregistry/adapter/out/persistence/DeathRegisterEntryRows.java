package vn.lienthong.civilregistry.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.civilregistry.domain.CommuneCode;
import vn.lienthong.civilregistry.domain.Death;
import vn.lienthong.civilregistry.domain.DeathDeclarant;
import vn.lienthong.civilregistry.domain.DeathDeclaration;
import vn.lienthong.civilregistry.domain.DeathExtractNumber;
import vn.lienthong.civilregistry.domain.DeathPlace;
import vn.lienthong.civilregistry.domain.DeathProof;
import vn.lienthong.civilregistry.domain.DeathRegistration;
import vn.lienthong.civilregistry.domain.Deceased;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;
import vn.lienthong.civilregistry.domain.RegisterEntry;
import vn.lienthong.civilregistry.domain.Sex;

/** A death register entry as one row of {@code death_register_entry}, and back. */
final class DeathRegisterEntryRows {

    private DeathRegisterEntryRows() {
    }

    static void insert(JdbcClient jdbc, DeathRegistration registration) {
        DeathDeclaration d = registration.declaration();
        Deceased deceased = d.deceased();
        Death death = d.death();
        DeathPlace place = death.place();
        DeathProof proof = death.proof();
        DeathDeclarant declarant = d.declarant();
        jdbc.sql("""
                        insert into death_register_entry (death_extract_number, commune_code, register_volume, entry_number,
                            registered_on, late_registration, dossier_id, portal_dossier_code,
                            deceased_personal_id_number, deceased_full_name, deceased_sex, deceased_date_of_birth,
                            deceased_ethnicity, deceased_nationality, last_residence_commune_code,
                            last_residence_address_line, date_of_death, time_of_death, place_facility_name,
                            place_commune_code, place_address_line, cause_category, proof_kind, proof_number,
                            proof_issued_on, proof_issuer, proof_electronic, declarant_full_name,
                            declarant_personal_id_number, declarant_relationship, declarant_authorization_number)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(registration.extractNumber().value(), d.registrationCommune().value(),
                        registration.entry().volume(), registration.entry().entryNumber(), registration.registeredOn(),
                        registration.lateRegistration(), d.dossierId(), d.portalDossierCode(),
                        d.deceasedPersonalIdNumber().value(), deceased.fullName(), deceased.sex().name(),
                        deceased.dateOfBirth(), deceased.ethnicity(), deceased.nationality(),
                        deceased.lastResidenceCommuneCode(), deceased.lastResidenceAddressLine(), death.dateOfDeath(),
                        death.timeOfDeath(), place.facilityName(), place.communeCode(), place.addressLine(),
                        death.causeCategory(), proof.kind(), proof.number(), proof.issuedOn(), proof.issuer(),
                        proof.electronic(), declarant.fullName(), declarant.personalIdNumber(),
                        declarant.relationship(), declarant.authorizationDocumentNumber())
                .update();
    }

    static DeathRegistration registration(ResultSet row, int rowNumber) throws SQLException {
        var deceased = new Deceased(row.getString("deceased_personal_id_number"), row.getString("deceased_full_name"),
                Sex.valueOf(row.getString("deceased_sex")), date(row, "deceased_date_of_birth"),
                row.getString("deceased_ethnicity"), row.getString("deceased_nationality"),
                row.getString("last_residence_commune_code"), row.getString("last_residence_address_line"));
        var death = new Death(date(row, "date_of_death"), row.getObject("time_of_death", LocalTime.class),
                new DeathPlace(row.getString("place_facility_name"), row.getString("place_commune_code"),
                        row.getString("place_address_line")),
                row.getString("cause_category"),
                new DeathProof(row.getString("proof_kind"), row.getString("proof_number"), date(row, "proof_issued_on"),
                        row.getString("proof_issuer"), row.getBoolean("proof_electronic")));
        var declarant = new DeathDeclarant(row.getString("declarant_full_name"),
                row.getString("declarant_personal_id_number"), row.getString("declarant_relationship"),
                row.getString("declarant_authorization_number"));
        var declaration = new DeathDeclaration(row.getObject("dossier_id", UUID.class),
                row.getString("portal_dossier_code"), new CommuneCode(row.getString("commune_code")),
                new PersonalIdNumber(row.getString("deceased_personal_id_number")), deceased, death, declarant);
        return new DeathRegistration(new DeathExtractNumber(row.getString("death_extract_number")),
                new RegisterEntry(row.getString("register_volume"), row.getInt("entry_number")),
                date(row, "registered_on"), row.getBoolean("late_registration"), declaration);
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }
}
