package vn.lienthong.deploy.population;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The generated families and deaths, and the communes and facilities they live and are cared for
 * in. The deaths' people live apart from the families', so a family's birth and a death never touch.
 */
public record Population(
        long seed,
        LocalDate referenceDate,
        List<Commune> communes,
        List<CareFacility> careFacilities,
        List<Family> families,
        List<Death> deaths) {

    public Population {
        communes = List.copyOf(communes);
        careFacilities = List.copyOf(careFacilities);
        families = List.copyOf(families);
        deaths = List.copyOf(deaths);
    }

    /** Everyone the population database must know: the families' parents and grandparents, the deaths' people. */
    public List<Person> citizens() {
        return Stream.concat(families.stream().flatMap(Family::citizens), deaths.stream().flatMap(Death::citizens))
                .toList();
    }

    /** Every registered household: the families', then those of the deceased who had one. */
    public List<Household> households() {
        return Stream.concat(families.stream().map(Family::household),
                deaths.stream().flatMap(death -> death.household().stream())).toList();
    }
}
