package vn.lienthong.civilregistry.adapter.out.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import vn.lienthong.civilregistry.domain.CommuneCode;

/**
 * Readies a batch's transaction so that registering each of its births takes no round trip of its
 * own: the register entries the births can meet loaded in one query, the counters of the registers
 * they may be written in locked in commune order (births' and deaths' books alike), new entries and
 * serials written just before commit. Deaths, rare, still read and write their entries one by one.
 */
public class CivilRegisterUnitOfWork {

    private final JdbcBirthRegistrations births;
    private final JdbcRegisterSerials birthSerials;
    private final JdbcRegisterSerials deathSerials;
    private final Clock clock;

    public CivilRegisterUnitOfWork(JdbcBirthRegistrations births, JdbcRegisterSerials birthSerials,
                                   JdbcRegisterSerials deathSerials, Clock clock) {
        this.births = births;
        this.birthSerials = birthSerials;
        this.deathSerials = deathSerials;
        this.clock = clock;
    }

    /** What a birth command is about, as it came: any key may be missing or malformed. */
    public record BirthKeys(UUID dossierId, String childIdNumber, String motherIdNumber, String communeCode) {
    }

    /**
     * Loads and locks what {@code births} and the deaths to be registered in {@code deathCommunes}
     * need, in the current transaction. A malformed commune code takes no counter: its command is
     * refused before it is numbered.
     */
    public void prepare(Collection<BirthKeys> births, Collection<String> deathCommunes) {
        Year year = Year.from(LocalDate.now(clock));
        birthSerials.lock(communes(births.stream().map(BirthKeys::communeCode).toList()), year);
        deathSerials.lock(communes(deathCommunes), year);
        if (!births.isEmpty()) {
            this.births.load(births.stream().map(BirthKeys::dossierId).filter(Objects::nonNull).toList(),
                    births.stream().map(BirthKeys::childIdNumber).filter(Objects::nonNull).toList(),
                    births.stream().map(BirthKeys::motherIdNumber).filter(Objects::nonNull).toList());
        }
    }

    private static List<CommuneCode> communes(Collection<String> codes) {
        return codes.stream().filter(CommuneCode::isWellFormed).distinct().map(CommuneCode::new).toList();
    }
}
