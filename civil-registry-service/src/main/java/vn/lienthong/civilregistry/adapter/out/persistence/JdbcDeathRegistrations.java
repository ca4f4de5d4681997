package vn.lienthong.civilregistry.adapter.out.persistence;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.civilregistry.application.port.out.DeathRegistrations;
import vn.lienthong.civilregistry.domain.DeathExtractNumber;
import vn.lienthong.civilregistry.domain.DeathRegistration;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;

public class JdbcDeathRegistrations implements DeathRegistrations {

    private static final String SELECT = "select * from death_register_entry ";
    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([a-z_]+)\"");

    private final JdbcClient jdbc;

    public JdbcDeathRegistrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DeathRegistration> findByDossier(UUID dossierId) {
        return jdbc.sql(SELECT + "where dossier_id = ?").param(dossierId)
                .query(DeathRegisterEntryRows::registration).optional();
    }

    @Override
    public Optional<DeathRegistration> findByExtractNumber(DeathExtractNumber number) {
        return jdbc.sql(SELECT + "where death_extract_number = ?").param(number.value())
                .query(DeathRegisterEntryRows::registration).optional();
    }

    @Override
    public Optional<DeathRegistration> findByDeceased(PersonalIdNumber deceased) {
        return jdbc.sql(SELECT + "where deceased_personal_id_number = ?").param(deceased.value())
                .query(DeathRegisterEntryRows::registration).optional();
    }

    @Override
    public void add(DeathRegistration registration) {
        try {
            DeathRegisterEntryRows.insert(jdbc, registration);
        } catch (DuplicateKeyException e) {
            Matcher matcher = CONSTRAINT.matcher(String.valueOf(e.getMessage()));
            throw new ConcurrentRegistrationException(matcher.find() ? matcher.group(1) : "unknown constraint");
        }
    }
}
