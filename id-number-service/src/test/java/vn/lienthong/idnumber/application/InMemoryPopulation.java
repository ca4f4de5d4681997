package vn.lienthong.idnumber.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import vn.lienthong.idnumber.application.port.out.Citizens;
import vn.lienthong.idnumber.application.port.out.Communes;
import vn.lienthong.idnumber.application.port.out.NumberAssignments;
import vn.lienthong.idnumber.domain.Citizen;
import vn.lienthong.idnumber.domain.Commune;
import vn.lienthong.idnumber.domain.NumberAssignment;
import vn.lienthong.idnumber.domain.PersonalIdNumber;

/** The ports over maps, with the same conflict rules as the database's unique keys. */
class InMemoryPopulation implements NumberAssignments, Citizens, Communes {

    final Map<String, Commune> communes = new HashMap<>();
    final Map<PersonalIdNumber, Citizen> citizens = new HashMap<>();
    final Map<String, NumberAssignment> assignments = new HashMap<>();
    int recordCalls;

    void add(Commune commune) {
        communes.put(commune.code(), commune);
    }

    void add(Citizen citizen) {
        citizens.put(citizen.personalIdNumber(), citizen);
    }

    @Override
    public Optional<Commune> find(String code) {
        return Optional.ofNullable(communes.get(code));
    }

    @Override
    public Optional<Citizen> find(PersonalIdNumber personalIdNumber) {
        return Optional.ofNullable(citizens.get(personalIdNumber));
    }

    @Override
    public boolean exists(PersonalIdNumber personalIdNumber) {
        return citizens.containsKey(personalIdNumber);
    }

    @Override
    public Optional<NumberAssignment> findByRequest(String requestId) {
        return Optional.ofNullable(assignments.get(requestId));
    }

    @Override
    public Outcome record(NumberAssignment assignment) {
        recordCalls++;
        if (citizens.containsKey(assignment.number())) {
            return Outcome.NUMBER_TAKEN;
        }
        if (assignments.containsKey(assignment.requestId())) {
            return Outcome.REQUEST_ID_TAKEN;
        }
        citizens.put(assignment.number(), Citizen.newborn(assignment.number(), assignment.declaration()));
        assignments.put(assignment.requestId(), assignment);
        return Outcome.RECORDED;
    }
}
