package vn.lienthong.civilregistry.adapter.out.persistence;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.civilregistry.application.port.out.BirthRegistrations;
import vn.lienthong.civilregistry.domain.BirthCertificateNumber;
import vn.lienthong.civilregistry.domain.BirthDeclaration;
import vn.lienthong.civilregistry.domain.BirthRegistration;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;

public class JdbcBirthRegistrations implements BirthRegistrations {

    private static final String SELECT = "select * from birth_register_entry ";
    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([a-z_]+)\"");

    private final JdbcClient jdbc;

    public JdbcBirthRegistrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<BirthRegistration> findByDossier(UUID dossierId) {
        return jdbc.sql(SELECT + "where dossier_id = ?").param(dossierId)
                .query(BirthRegisterEntryRows::registration).optional();
    }

    @Override
    public Optional<BirthRegistration> findByCertificateNumber(BirthCertificateNumber number) {
        return jdbc.sql(SELECT + "where birth_certificate_number = ?").param(number.value())
                .query(BirthRegisterEntryRows::registration).optional();
    }

    @Override
    public Optional<BirthRegistration> findByChild(PersonalIdNumber child) {
        return jdbc.sql(SELECT + "where child_personal_id_number = ?").param(child.value())
                .query(BirthRegisterEntryRows::registration).optional();
    }

    @Override
    public Optional<BirthRegistration> findSameChild(BirthDeclaration declaration) {
        return jdbc.sql(SELECT + """
                        where child_personal_id_number = ?
                           or (mother_personal_id_number = ? and child_date_of_birth = ?
                               and (medical_birth_certificate_number = ?
                                    or (medical_birth_certificate_number is null and cast(? as text) is null
                                        and lower(child_full_name) = lower(?))))
                        order by recorded_at limit 1""")
                .params(declaration.childPersonalIdNumber().value(), declaration.mother().personalIdNumber(),
                        declaration.child().dateOfBirth(), declaration.child().medicalBirthCertificateNumber(),
                        declaration.child().medicalBirthCertificateNumber(), declaration.child().fullName())
                .query(BirthRegisterEntryRows::registration).optional();
    }

    @Override
    public void add(BirthRegistration registration) {
        try {
            BirthRegisterEntryRows.insert(jdbc, registration);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentRegistrationException(constraintOf(e));
        }
    }

    private static String constraintOf(DuplicateKeyException e) {
        Matcher matcher = CONSTRAINT.matcher(String.valueOf(e.getMessage()));
        return matcher.find() ? matcher.group(1) : "unknown constraint";
    }
}
