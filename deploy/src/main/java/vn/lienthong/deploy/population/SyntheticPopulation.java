package vn.lienthong.deploy.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates consistent synthetic families: the same seed, count and reference date give the same
 * population. Each family is a mother (always), a father (unknown in about 15 %), a household at
 * an address (headed by the mother in about 60 %, the father in about 25 %, a grandparent
 * otherwise) and a newborn born in the 50 days before the reference date. Besides, one death for
 * every four families ({@link DeathFactory}): an old citizen who died in the 60 days before the
 * reference date, to declare in the death group's dossier.
 */
public final class SyntheticPopulation {

    /** The day of the portal's example dossier; for callers that need no particular day. */
    public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 11, 22);

    /** Household numbers, certificates and dossier codes end in a 6-digit serial from 100001. */
    public static final int MAX_FAMILIES = 999_999 - FamilyFactory.FIRST_SERIAL + 1;

    /** Mixed into the seed for the deaths' own draw ("death" in ASCII). */
    private static final long DEATHS_DRAW = 0x64_65_61_74_68L;

    private SyntheticPopulation() {
    }

    public static Population generate(long seed, int families) {
        return generate(seed, families, DEFAULT_REFERENCE_DATE);
    }

    /** {@code referenceDate} is "today" for the population: children are born before it, dossiers filed before it. */
    public static Population generate(long seed, int families, LocalDate referenceDate) {
        return generate(seed, families, deathsFor(families), referenceDate);
    }

    /** One death for every four families, as many as the death households' serials allow. */
    public static int deathsFor(int families) {
        return Math.min(DeathFactory.MAX_DEATHS, (families + 3) / 4);
    }

    /**
     * {@code deaths} old citizens who died before the reference date, from a draw of their own: the
     * families are the same with or without them, and a larger count begins with a smaller one's.
     */
    public static Population generate(long seed, int families, int deaths, LocalDate referenceDate) {
        if (families < 0 || families > MAX_FAMILIES) {
            throw new IllegalArgumentException("families must be from 0 to " + MAX_FAMILIES);
        }
        if (deaths < 0 || deaths > DeathFactory.MAX_DEATHS) {
            throw new IllegalArgumentException("deaths must be from 0 to " + DeathFactory.MAX_DEATHS);
        }
        var factory = new FamilyFactory(new Draw(seed), referenceDate);
        List<Family> generated = new ArrayList<>(families);
        for (int index = 0; index < families; index++) {
            generated.add(factory.make(index));
        }
        var deathFactory = new DeathFactory(new Draw(seed ^ DEATHS_DRAW), referenceDate);
        List<Death> died = new ArrayList<>(deaths);
        for (int index = 0; index < deaths; index++) {
            died.add(deathFactory.make(index));
        }
        return new Population(seed, referenceDate, Communes.ALL, CareFacilities.ALL, generated, died);
    }
}
