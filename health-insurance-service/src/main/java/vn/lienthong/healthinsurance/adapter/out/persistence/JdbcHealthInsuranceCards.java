package vn.lienthong.healthinsurance.adapter.out.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.healthinsurance.application.port.out.HealthInsuranceCards;
import vn.lienthong.healthinsurance.domain.CardNumber;
import vn.lienthong.healthinsurance.domain.HealthInsuranceCard;
import vn.lienthong.healthinsurance.domain.InitialCareFacility;
import vn.lienthong.healthinsurance.domain.PersonalIdNumber;
import vn.lienthong.healthinsurance.domain.ProvinceCode;
import vn.lienthong.healthinsurance.domain.SocialInsuranceNumber;

/**
 * Cards as rows of {@code health_insurance_card}. Inside a prepared batch ({@link JdbcCardIssuingBatches})
 * a holder's card is read from the batch and a new card written with the batch's, just before commit.
 */
public class JdbcHealthInsuranceCards implements HealthInsuranceCards {

    static final String SELECT = """
            select c.card_number, c.social_insurance_number, c.holder_personal_id_number, c.holder_full_name,
                   c.holder_date_of_birth, c.valid_from, c.valid_to, c.dossier_id, c.issued_on,
                   f.code, f.name, f.province_code
            from health_insurance_card c
            join care_facility f on f.code = c.initial_care_facility_code""";
    static final String INSERT = """
            insert into health_insurance_card (card_number, social_insurance_number, holder_personal_id_number,
                holder_full_name, holder_date_of_birth, valid_from, valid_to, initial_care_facility_code,
                dossier_id, issued_on)
            values\s""";
    static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcCardIssuingBatches batches;

    public JdbcHealthInsuranceCards(JdbcClient jdbc, JdbcCardIssuingBatches batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public Optional<HealthInsuranceCard> findByHolder(PersonalIdNumber holder) {
        return batches.current().flatMap(batch -> batch.card(holder.value()))
                .orElseGet(() -> jdbc.sql(SELECT + " where c.holder_personal_id_number = ?")
                        .param(holder.value())
                        .query((row, n) -> card(row))
                        .optional());
    }

    @Override
    public void add(HealthInsuranceCard card) {
        batches.current().ifPresentOrElse(batch -> batch.add(card),
                () -> jdbc.sql(INSERT + ROW).params(columns(card)).update());
    }

    static List<Object> columns(HealthInsuranceCard card) {
        return Arrays.asList(card.cardNumber().value(), card.socialInsuranceNumber().value(), card.holder().value(),
                card.holderName(), card.holderDateOfBirth(), card.validFrom(), card.validTo(),
                card.initialCareFacility().code(), card.dossierId(), card.issuedOn());
    }

    static HealthInsuranceCard card(ResultSet row) throws SQLException {
        return new HealthInsuranceCard(
                new CardNumber(row.getString("card_number")),
                new SocialInsuranceNumber(row.getString("social_insurance_number")),
                new PersonalIdNumber(row.getString("holder_personal_id_number")),
                row.getString("holder_full_name"),
                localDate(row.getDate("holder_date_of_birth")),
                localDate(row.getDate("valid_from")),
                localDate(row.getDate("valid_to")),
                new InitialCareFacility(row.getString("code"), row.getString("name"),
                        new ProvinceCode(row.getString("province_code"))),
                row.getObject("dossier_id", UUID.class),
                localDate(row.getDate("issued_on")));
    }

    private static java.time.LocalDate localDate(Date date) {
        return date.toLocalDate();
    }
}
