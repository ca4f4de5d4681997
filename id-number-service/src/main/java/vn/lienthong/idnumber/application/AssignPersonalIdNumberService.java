package vn.lienthong.idnumber.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;

import vn.lienthong.idnumber.application.port.in.AssignPersonalIdNumberCommand;
import vn.lienthong.idnumber.application.port.in.AssignPersonalIdNumberUseCase;
import vn.lienthong.idnumber.application.port.in.FindCitizenUseCase;
import vn.lienthong.idnumber.application.port.out.Citizens;
import vn.lienthong.idnumber.application.port.out.Communes;
import vn.lienthong.idnumber.application.port.out.NumberAssignments;
import vn.lienthong.idnumber.application.port.out.Transactions;
import vn.lienthong.idnumber.domain.AssignmentDecision;
import vn.lienthong.idnumber.domain.BirthDeclaration;
import vn.lienthong.idnumber.domain.ChildIdentity;
import vn.lienthong.idnumber.domain.DeclaredParents;
import vn.lienthong.idnumber.domain.ParentDataHold;
import vn.lienthong.idnumber.domain.RecordedParent;
import vn.lienthong.idnumber.domain.Citizen;
import vn.lienthong.idnumber.domain.Commune;
import vn.lienthong.idnumber.domain.DuplicateOverride;
import vn.lienthong.idnumber.domain.DuplicateRefusal;
import vn.lienthong.idnumber.domain.DuplicateReview;
import vn.lienthong.idnumber.domain.NumberAssignment;
import vn.lienthong.idnumber.domain.PersonalIdNumber;
import vn.lienthong.idnumber.domain.RandomPartSource;
import vn.lienthong.idnumber.domain.Refusal;

/**
 * Assigns newborns' numbers. A request id always gets the same answer, so a caller whose answer
 * was lost can simply ask again; a number, once given, is never given again; and a newborn who
 * matches an earlier one ({@link ChildIdentity}) gets no second number unless an officer confirmed
 * it is another child. A request that carries the parents as declared gets no number while a
 * parent is recorded otherwise ({@link RecordedParent#differsFrom}); that answer is kept too.
 */
public class AssignPersonalIdNumberService implements AssignPersonalIdNumberUseCase, FindCitizenUseCase {

    private static final String MOTHER = "mother";
    private static final String FATHER = "father";

    /** A draw hits a taken number with a chance of taken/1,000,000 per province, sex and year. */
    static final int MAX_DRAWS = 50;

    private final NumberAssignments assignments;
    private final Citizens citizens;
    private final Communes communes;
    private final Transactions transactions;
    private final RandomPartSource randomParts;
    private final Clock clock;

    public AssignPersonalIdNumberService(NumberAssignments assignments, Citizens citizens, Communes communes,
                                         Transactions transactions, RandomPartSource randomParts, Clock clock) {
        this.assignments = assignments;
        this.citizens = citizens;
        this.communes = communes;
        this.transactions = transactions;
        this.randomParts = randomParts;
        this.clock = clock;
    }

    @Override
    public AssignmentDecision assign(AssignPersonalIdNumberCommand command) {
        List<Refusal> problems = new ArrayList<>(command.formatProblems(LocalDate.now(clock)));
        if (command.requestId() != null && assignments.answered(command.requestId())) {
            // Checked first, so that a repeated request gets the earlier answer even if a rule changed.
            Optional<NumberAssignment> earlier = assignments.findByRequest(command.requestId());
            if (earlier.isPresent()) {
                return problems.isEmpty() ? repeated(earlier.get(), command.declaration(), command.parentsDigest())
                        : new AssignmentDecision.RequestIdReused(command.requestId());
            }
            Optional<ParentDataHold> held = assignments.findHold(command.requestId());
            if (held.isPresent()) {
                return problems.isEmpty() && held.get().requestDigest().equals(command.digest())
                        ? new AssignmentDecision.ParentsDiffer(held.get())
                        : new AssignmentDecision.RequestIdReused(command.requestId());
            }
            Optional<DuplicateRefusal> refused = assignments.findRefusal(command.requestId());
            if (refused.isPresent()) {
                // A review added afterwards is other data: the reviewed request needs a request id of its own.
                return problems.isEmpty() && refused.get().answers(command.declaration(), command.review())
                        ? AssignmentDecision.PossibleDuplicate.of(refused.get())
                        : new AssignmentDecision.RequestIdReused(command.requestId());
            }
        }
        Optional<Commune> commune = Optional.ofNullable(command.registrationCommuneCode()).flatMap(communes::find);
        Map<PersonalIdNumber, Citizen> parents = citizens.findAll(wellFormedParents(command));
        problems.addAll(unknownPeopleAndPlaces(command, commune, parents));
        if (!problems.isEmpty()) {
            return new AssignmentDecision.Refused(problems);
        }
        if (command.checksParents()) {
            List<RecordedParent> recorded = recordedParents(command, parents);
            if (recorded.stream().anyMatch(parent -> parent.differsFrom(declared(command, parent.role())))) {
                return new AssignmentDecision.ParentsDiffer(assignments.recordHold(
                        new ParentDataHold(command.requestId(), command.digest(), recorded, issuedAt())));
            }
        }
        return issue(command.requestId(), command.declaration(), command.review(), commune.orElseThrow(),
                command.parentsDigest());
    }

    /**
     * One transaction for the whole batch, so a batch costs the database one commit rather than one
     * a newborn. The commands are decided in the order of their newborns' lock keys (stable, so
     * those of one newborn keep the order given): two batches that share newborns then take their
     * locks in the same order and do not wait for each other in a circle.
     */
    @Override
    public List<AssignmentDecision> assignAll(List<AssignPersonalIdNumberCommand> commands) {
        LocalDate today = LocalDate.now(clock);
        Integer[] order = new Integer[commands.size()];
        Arrays.setAll(order, i -> i);
        String[] lockKeys = commands.stream().map(command -> lockKey(command, today)).toArray(String[]::new);
        Arrays.sort(order, Comparator.comparing(i -> lockKeys[i]));
        return transactions.inTransaction(() -> {
            AssignmentDecision[] decisions = new AssignmentDecision[commands.size()];
            for (int i : order) {
                decisions[i] = assign(commands.get(i));
            }
            return List.of(decisions);
        });
    }

    /** The newborn's key, as {@link NumberAssignments#record} locks it; empty for a command refused on its form. */
    private static String lockKey(AssignPersonalIdNumberCommand command, LocalDate today) {
        return command.formatProblems(today).isEmpty() ? ChildIdentity.of(command.declaration()).key() : "";
    }

    /** The declared parents as recorded; both exist, as {@link #unknownPeopleAndPlaces} found. */
    private static List<RecordedParent> recordedParents(AssignPersonalIdNumberCommand command,
                                                        Map<PersonalIdNumber, Citizen> parents) {
        List<RecordedParent> recorded = new ArrayList<>();
        recorded.add(RecordedParent.of(MOTHER, recorded(parents, command.motherPersonalIdNumber())));
        if (command.parentsAsDeclared().father() != null) {
            recorded.add(RecordedParent.of(FATHER, recorded(parents, command.fatherPersonalIdNumber())));
        }
        return recorded;
    }

    private static Citizen recorded(Map<PersonalIdNumber, Citizen> parents, String personalIdNumber) {
        return Optional.ofNullable(parents.get(new PersonalIdNumber(personalIdNumber))).orElseThrow();
    }

    /** The parents' numbers that are well formed, looked up together. */
    private static List<PersonalIdNumber> wellFormedParents(AssignPersonalIdNumberCommand command) {
        List<PersonalIdNumber> numbers = new ArrayList<>();
        if (command.hasWellFormedMother()) {
            numbers.add(new PersonalIdNumber(command.motherPersonalIdNumber()));
        }
        if (command.hasWellFormedFather()) {
            numbers.add(new PersonalIdNumber(command.fatherPersonalIdNumber()));
        }
        return numbers;
    }

    private static DeclaredParents.DeclaredPerson declared(AssignPersonalIdNumberCommand command, String role) {
        return role.equals(MOTHER) ? command.parentsAsDeclared().mother() : command.parentsAsDeclared().father();
    }

    @Override
    public Optional<Citizen> find(PersonalIdNumber personalIdNumber) {
        return citizens.find(personalIdNumber);
    }

    private static List<Refusal> unknownPeopleAndPlaces(AssignPersonalIdNumberCommand command,
                                                        Optional<Commune> commune,
                                                        Map<PersonalIdNumber, Citizen> parents) {
        List<Refusal> problems = new ArrayList<>();
        if (command.registrationCommuneCode() != null && commune.isEmpty()) {
            problems.add(Refusal.unknownCommune());
        }
        if (command.hasWellFormedMother()
                && !parents.containsKey(new PersonalIdNumber(command.motherPersonalIdNumber()))) {
            problems.add(Refusal.motherNotFound());
        }
        if (command.hasWellFormedFather()
                && !parents.containsKey(new PersonalIdNumber(command.fatherPersonalIdNumber()))) {
            problems.add(Refusal.fatherNotFound());
        }
        return problems;
    }

    /**
     * Tries to record a number; the database says whether an earlier newborn matches, at the
     * moment of recording, so no check can go stale. A match is looked at only then, which is rare.
     */
    private AssignmentDecision issue(String requestId, BirthDeclaration declaration, DuplicateReview review,
                                     Commune commune, String parentsDigest) {
        IntSupplier draws = randomParts.drawsFor(requestId);
        DuplicateOverride override = null;
        PersonalIdNumber number = null;
        for (int draw = 0; draw < MAX_DRAWS; ) {
            if (number == null) {
                number = PersonalIdNumber.forBirth(commune.province(), declaration.sex(), declaration.dateOfBirth(),
                        draws.getAsInt());
            }
            var assignment = new NumberAssignment(requestId, number, declaration, issuedAt(), override, parentsDigest);
            switch (assignments.record(assignment)) {
                case RECORDED -> {
                    return new AssignmentDecision.Assigned(assignment, true);
                }
                case REQUEST_ID_TAKEN -> {
                    // A concurrent duplicate of this request won the race; answer as it was answered.
                    return repeated(assignments.findByRequest(requestId).orElseThrow(), declaration, parentsDigest);
                }
                case NUMBER_TAKEN -> {
                    // The number belongs to someone already: draw again.
                    number = null;
                    draw++;
                }
                case EARLIER_MATCH -> {
                    PersonalIdNumber existing = assignments.earliestMatch(ChildIdentity.of(declaration), requestId)
                            .orElseThrow();
                    if (override != null || review == null || !review.covers(existing)) {
                        return refuse(requestId, declaration, review, existing);
                    }
                    override = new DuplicateOverride(existing, review.reviewedBy());
                }
            }
        }
        throw new IllegalStateException("no free personal ID number after " + MAX_DRAWS + " draws");
    }

    private AssignmentDecision refuse(String requestId, BirthDeclaration declaration, DuplicateReview review,
                                      PersonalIdNumber existing) {
        DuplicateRefusal kept = assignments.recordRefusal(
                new DuplicateRefusal(requestId, declaration, review, existing, issuedAt()));
        return AssignmentDecision.PossibleDuplicate.of(kept);
    }

    /** Microseconds, as stored, so a repeated answer carries the same instant as the first. */
    private Instant issuedAt() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The earlier answer, if the request is the same: the same newborn, the same parents' check asked for. */
    private static AssignmentDecision repeated(NumberAssignment earlier, BirthDeclaration declaration,
                                               String parentsDigest) {
        return earlier.declaration().equals(declaration) && Objects.equals(earlier.parentsDigest(), parentsDigest)
                ? new AssignmentDecision.Assigned(earlier, false)
                : new AssignmentDecision.RequestIdReused(earlier.requestId());
    }
}
