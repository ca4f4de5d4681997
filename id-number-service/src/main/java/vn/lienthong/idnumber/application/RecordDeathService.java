package vn.lienthong.idnumber.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.lienthong.idnumber.application.port.in.RecordDeathCommand;
import vn.lienthong.idnumber.application.port.in.RecordDeathUseCase;
import vn.lienthong.idnumber.application.port.out.Citizens;
import vn.lienthong.idnumber.application.port.out.Deaths;
import vn.lienthong.idnumber.domain.Citizen;
import vn.lienthong.idnumber.domain.DeathDecision;
import vn.lienthong.idnumber.domain.DeathRecord;
import vn.lienthong.idnumber.domain.Refusal;

/**
 * Records deaths the civil registry reports (Civil Status Law 2014, Art. 5(6)). A request id always
 * gets the same answer, and so does the same death extract under a new request id (a step retried
 * after a supplement), so the caller may simply ask again. A citizen dies once: a second death
 * from another extract is refused with the date recorded. Nothing is deleted: the number stays the
 * dead person's and is never given again.
 */
public class RecordDeathService implements RecordDeathUseCase {

    private final Deaths deaths;
    private final Citizens citizens;
    private final Clock clock;

    public RecordDeathService(Deaths deaths, Citizens citizens, Clock clock) {
        this.deaths = deaths;
        this.citizens = citizens;
        this.clock = clock;
    }

    @Override
    public DeathDecision record(RecordDeathCommand command) {
        List<Refusal> problems = new ArrayList<>(command.formatProblems(LocalDate.now(clock)));
        if (command.requestId() != null) {
            // Checked first, so that a repeated request gets the earlier answer even if a rule changed.
            Optional<DeathRecord> earlier = deaths.findByRequest(command.requestId());
            if (earlier.isPresent()) {
                return problems.isEmpty() && sameDeath(earlier.get(), command)
                        ? new DeathDecision.Recorded(earlier.get(), false)
                        : new DeathDecision.RequestIdReused(command.requestId());
            }
        }
        if (!problems.isEmpty()) {
            return new DeathDecision.Refused(problems);
        }
        Optional<Citizen> citizen = citizens.find(command.person());
        if (citizen.isEmpty()) {
            return new DeathDecision.Refused(List.of(Refusal.citizenNotFound()));
        }
        if (command.dateOfDeath().isBefore(citizen.get().dateOfBirth())) {
            return new DeathDecision.Refused(List.of(Refusal.dateOfDeathBeforeBirth()));
        }
        Optional<DeathRecord> recorded = deaths.findByPerson(command.person());
        if (recorded.isPresent()) {
            return already(recorded.get(), command);
        }
        var death = new DeathRecord(command.requestId(), command.person(), command.dateOfDeath(),
                command.deathExtractNumber(), recordedAt());
        return switch (deaths.record(death)) {
            case RECORDED -> new DeathDecision.Recorded(death, true);
            // A concurrent duplicate won the race; answer as that one was answered.
            case REQUEST_ID_TAKEN -> record(command);
            case PERSON_TAKEN -> already(deaths.findByPerson(command.person()).orElseThrow(), command);
        };
    }

    /** The same death reported again under another request id is the same answer; another death is not. */
    private static DeathDecision already(DeathRecord recorded, RecordDeathCommand command) {
        return sameDeath(recorded, command)
                ? new DeathDecision.Recorded(recorded.answering(command.requestId()), false)
                : new DeathDecision.AlreadyDeceased(recorded.dateOfDeath());
    }

    private static boolean sameDeath(DeathRecord recorded, RecordDeathCommand command) {
        return recorded.sameDeathAs(command.person(), command.dateOfDeath(), command.deathExtractNumber());
    }

    /** Microseconds, as stored, so a repeated answer carries the same instant as the first. */
    private Instant recordedAt() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
