package vn.lienthong.deploy.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates consistent synthetic families: the same seed, count and reference date give the same
 * population. Each family is a mother (always), a father (unknown in about 15 %), a household at
 * an address (headed by the mother in about 60 %, the father in about 25 %, a grandparent
 * otherwise) and a newborn born in the 50 days before the reference date.
 */
public final class SyntheticPopulation {

    /** The day of the portal's example dossier; for callers that need no particular day. */
    public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 11, 22);

    /** Household numbers, certificates and dossier codes end in a 6-digit serial from 100001. */
    public static final int MAX_FAMILIES = 999_999 - FamilyFactory.FIRST_SERIAL + 1;

    private SyntheticPopulation() {
    }

    public static Population generate(long seed, int families) {
        return generate(seed, families, DEFAULT_REFERENCE_DATE);
    }

    /** {@code referenceDate} is "today" for the population: children are born before it, dossiers filed before it. */
    public static Population generate(long seed, int families, LocalDate referenceDate) {
        if (families < 0 || families > MAX_FAMILIES) {
            throw new IllegalArgumentException("families must be from 0 to " + MAX_FAMILIES);
        }
        var factory = new FamilyFactory(new Draw(seed), referenceDate);
        List<Family> generated = new ArrayList<>(families);
        for (int index = 0; index < families; index++) {
            generated.add(factory.make(index));
        }
        return new Population(seed, referenceDate, Communes.ALL, CareFacilities.ALL, generated);
    }
}
