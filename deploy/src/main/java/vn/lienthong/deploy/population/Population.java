package vn.lienthong.deploy.population;

import java.time.LocalDate;
import java.util.List;

/** The generated families and the communes and facilities they live and are cared for in. */
public record Population(
        long seed,
        LocalDate referenceDate,
        List<Commune> communes,
        List<CareFacility> careFacilities,
        List<Family> families) {

    public Population {
        communes = List.copyOf(communes);
        careFacilities = List.copyOf(careFacilities);
        families = List.copyOf(families);
    }

    public List<Person> citizens() {
        return families.stream().flatMap(Family::citizens).toList();
    }
}
