package vn.lienthong.idnumber.application;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import vn.lienthong.idnumber.application.port.out.Citizens;
import vn.lienthong.idnumber.application.port.out.Communes;
import vn.lienthong.idnumber.application.port.out.NumberAssignments;
import vn.lienthong.idnumber.application.port.out.Transactions;
import vn.lienthong.idnumber.domain.ChildIdentity;
import vn.lienthong.idnumber.domain.Citizen;
import vn.lienthong.idnumber.domain.Commune;
import vn.lienthong.idnumber.domain.DuplicateOverride;
import vn.lienthong.idnumber.domain.DuplicateRefusal;
import vn.lienthong.idnumber.domain.NumberAssignment;
import vn.lienthong.idnumber.domain.ParentDataHold;
import vn.lienthong.idnumber.domain.PersonalIdNumber;

/**
 * The ports over maps, with the same conflict rules as the database's unique keys. Recording is
 * one step at a time, as the database's lock on a child makes it; assignments keep their order.
 * A transaction keeps all it recorded or, when its work throws, none of it.
 */
class InMemoryPopulation implements NumberAssignments, Citizens, Communes, Transactions {

    final Map<String, Commune> communes = new HashMap<>();
    final Map<PersonalIdNumber, Citizen> citizens = new HashMap<>();
    final Map<String, NumberAssignment> assignments = new LinkedHashMap<>();
    final Map<String, DuplicateRefusal> refusals = new HashMap<>();
    final Map<String, ParentDataHold> holds = new HashMap<>();
    int recordCalls;
    int transactions;

    void add(Commune commune) {
        communes.put(commune.code(), commune);
    }

    void add(Citizen citizen) {
        citizens.put(citizen.personalIdNumber(), citizen);
    }

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        transactions++;
        var keptCitizens = new HashMap<>(citizens);
        var keptAssignments = new LinkedHashMap<>(assignments);
        var keptRefusals = new HashMap<>(refusals);
        var keptHolds = new HashMap<>(holds);
        try {
            return work.get();
        } catch (RuntimeException e) {
            citizens.clear();
            citizens.putAll(keptCitizens);
            assignments.clear();
            assignments.putAll(keptAssignments);
            refusals.clear();
            refusals.putAll(keptRefusals);
            holds.clear();
            holds.putAll(keptHolds);
            throw e;
        }
    }

    @Override
    public Optional<Commune> find(String code) {
        return Optional.ofNullable(communes.get(code));
    }

    @Override
    public synchronized Optional<Citizen> find(PersonalIdNumber personalIdNumber) {
        return Optional.ofNullable(citizens.get(personalIdNumber));
    }

    @Override
    public synchronized Optional<NumberAssignment> findByRequest(String requestId) {
        return Optional.ofNullable(assignments.get(requestId));
    }

    @Override
    public synchronized Optional<DuplicateRefusal> findRefusal(String requestId) {
        return Optional.ofNullable(refusals.get(requestId));
    }

    @Override
    public synchronized Optional<PersonalIdNumber> earliestMatch(ChildIdentity child, String exceptRequestId) {
        return assignments.values().stream()
                .filter(earlier -> !earlier.requestId().equals(exceptRequestId))
                .filter(earlier -> ChildIdentity.of(earlier.declaration()).equals(child))
                .map(NumberAssignment::number)
                .findFirst();
    }

    @Override
    public synchronized Outcome record(NumberAssignment assignment) {
        recordCalls++;
        Optional<PersonalIdNumber> expected = Optional.ofNullable(assignment.override()).map(DuplicateOverride::existing);
        if (!earliestMatch(ChildIdentity.of(assignment.declaration()), assignment.requestId()).equals(expected)) {
            return Outcome.EARLIER_MATCH;
        }
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

    @Override
    public synchronized DuplicateRefusal recordRefusal(DuplicateRefusal refusal) {
        return refusals.computeIfAbsent(refusal.requestId(), id -> refusal);
    }

    @Override
    public synchronized Optional<ParentDataHold> findHold(String requestId) {
        return Optional.ofNullable(holds.get(requestId));
    }

    @Override
    public synchronized ParentDataHold recordHold(ParentDataHold hold) {
        return holds.computeIfAbsent(hold.requestId(), id -> hold);
    }
}
