package vn.lienthong.idnumber.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.lienthong.idnumber.application.port.out.Deaths;
import vn.lienthong.idnumber.domain.Citizen;
import vn.lienthong.idnumber.domain.DeathRecord;
import vn.lienthong.idnumber.domain.PersonalIdNumber;

/** Deaths over a map, refusing what the database's keys refuse, and marking the citizen as it does. */
final class InMemoryDeaths implements Deaths {

    final Map<String, DeathRecord> byRequest = new LinkedHashMap<>();
    private final InMemoryPopulation population;

    InMemoryDeaths(InMemoryPopulation population) {
        this.population = population;
    }

    @Override
    public synchronized Optional<DeathRecord> findByRequest(String requestId) {
        return Optional.ofNullable(byRequest.get(requestId));
    }

    @Override
    public synchronized Optional<DeathRecord> findByPerson(PersonalIdNumber person) {
        return byRequest.values().stream().filter(death -> death.person().equals(person)).findFirst();
    }

    @Override
    public synchronized Outcome record(DeathRecord death) {
        if (byRequest.containsKey(death.requestId())) {
            return Outcome.REQUEST_ID_TAKEN;
        }
        if (findByPerson(death.person()).isPresent()) {
            return Outcome.PERSON_TAKEN;
        }
        byRequest.put(death.requestId(), death);
        Citizen living = population.citizens.get(death.person());
        population.add(new Citizen(living.personalIdNumber(), living.fullName(), living.sex(), living.dateOfBirth(),
                living.ethnicity(), living.nationality(), living.permanentResidenceCommuneCode(), death.dateOfDeath()));
        return Outcome.RECORDED;
    }
}
