package vn.lienthong.orchestrator.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import vn.lienthong.orchestrator.application.ops.AgencyPauseService;
import vn.lienthong.orchestrator.application.ops.StepReplayService;
import vn.lienthong.orchestrator.application.port.in.IdNumberStepUseCase.Attempt;
import vn.lienthong.orchestrator.application.port.in.Requester;
import vn.lienthong.orchestrator.application.port.in.ops.Attribution;
import vn.lienthong.orchestrator.application.port.in.ops.ReplayStepUseCase.Replayed;
import vn.lienthong.orchestrator.application.port.in.DeathCallsUseCase;
import vn.lienthong.orchestrator.application.port.in.SubmitDossierUseCase;
import vn.lienthong.orchestrator.application.port.model.CallOutcome;
import vn.lienthong.orchestrator.application.port.out.CitizenLookup;
import vn.lienthong.orchestrator.application.port.out.AgencyRequests;
import vn.lienthong.orchestrator.application.port.out.DossierEvents;
import vn.lienthong.orchestrator.application.port.model.DossierFilter;
import vn.lienthong.orchestrator.application.port.model.DossierPage;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.application.port.model.IdNumberOutcome;
import vn.lienthong.orchestrator.application.port.out.PopulationDatabase;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.application.port.out.audit.AuditEntry;
import vn.lienthong.orchestrator.application.port.out.audit.AuditLog;
import vn.lienthong.orchestrator.application.port.model.ops.AgencyPause;
import vn.lienthong.orchestrator.application.port.out.ops.AgencyPauses;
import vn.lienthong.orchestrator.domain.death.DeathForm;
import vn.lienthong.orchestrator.domain.death.DeathResults;
import vn.lienthong.orchestrator.domain.dossier.Agency;
import vn.lienthong.orchestrator.domain.calendar.WorkingCalendar;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.DossierStatus;
import vn.lienthong.orchestrator.domain.dossier.DuplicateReview;
import vn.lienthong.orchestrator.domain.dossier.HistoryEntry;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepResult;
import vn.lienthong.orchestrator.domain.dossier.StepState;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;
import vn.lienthong.orchestrator.domain.dossier.ParentCrossCheck;
import vn.lienthong.orchestrator.domain.dossier.ParentCrossCheck.RegisteredPerson;
import vn.lienthong.orchestrator.domain.form.DossierForm;
import vn.lienthong.orchestrator.domain.form.Parent;
import vn.lienthong.orchestrator.domain.form.ProcedureForm;
import vn.lienthong.orchestrator.domain.procedure.DeathProcedure;
import vn.lienthong.orchestrator.domain.procedure.Procedures;
import vn.lienthong.orchestrator.domain.procedure.Procedure;
import vn.lienthong.rules.access.Caller;
import vn.lienthong.rules.access.Role;
import vn.lienthong.web.testing.MovableClock;

/**
 * Runs the saga's use cases against ports that only record what they are asked, so a test reads
 * as given / when / expect: {@code given(dossier).whenIdNumberAssigned(...).expectStep(...)}.
 */
final class SagaScript {

    static final ProcedureSettings SETTINGS = new ProcedureSettings(3, 7, ZoneId.of("Asia/Ho_Chi_Minh"),
            Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofHours(4));

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T02:00:00Z"));
    private final MemoryDossiers dossiers = new MemoryDossiers();
    private final Map<Step, List<UUID>> sent = new LinkedHashMap<>();
    private final List<DossierStatus> published = new ArrayList<>();
    private final Deque<IdNumberOutcome> populationAnswers = new ArrayDeque<>();
    private final List<IdNumberRequest> idNumberRequests = new ArrayList<>();
    private final Map<String, CitizenLookup> citizens = new LinkedHashMap<>();
    private int lookups;
    private int populationDatabaseCalls;
    private int callCapacity = Integer.MAX_VALUE;
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final DossierSaga saga;
    private final DossierIntakeService intake;
    private final AgencyReplyService replies;
    private final CommandFailureService failures;
    private final IdNumberStepService idNumberStep;
    private final DeathCallsService deathCalls;
    private final Deque<CallOutcome> deathRecordAnswers = new ArrayDeque<>();
    private final List<DeathRecordRequest> deathRecords = new ArrayList<>();
    private final DossierProgressService progress;
    private final MemoryPauses pauses = new MemoryPauses(dossiers);
    private final List<AuditEntry> audit = new ArrayList<>();
    private final StepReplayService replays;
    private final AgencyPauseService agencyPauses;
    private DossierId dossierId;
    private Replayed lastReplay;

    private SagaScript() {
        List<AgencyRequests> agencies = List.of(agency(Step.BIRTH_REGISTRATION, Step.DEATH_REGISTRATION),
                agency(Step.RESIDENCE, Step.RESIDENCE_REMOVAL), agency(Step.HEALTH_INSURANCE, Step.FUNERAL_ALLOWANCE));
        DossierEvents events = dossier -> published.add(dossier.status());
        PopulationDatabase population = new PopulationDatabase() {
            @Override
            public IdNumberOutcome assignIdNumber(UUID requestId, DossierForm form, DuplicateReview distinctChild,
                                                  boolean checkParents) {
                populationDatabaseCalls++;
                // A passing failure or a refused permission comes before the database reads anything.
                IdNumberOutcome next = populationAnswers.peekFirst();
                if (next instanceof IdNumberOutcome.TransientFailure || next instanceof IdNumberOutcome.PermissionDenied) {
                    return populationAnswers.removeFirst();
                }
                if (checkParents) {
                    IdNumberOutcome parents = checkParents(form);
                    if (parents != null) {
                        return parents;
                    }
                }
                idNumberRequests.add(new IdNumberRequest(requestId, distinctChild));
                IdNumberOutcome answer = populationAnswers.removeFirst();
                return answer instanceof IdNumberOutcome.Assigned assigned && checkParents
                        ? new IdNumberOutcome.Assigned(assigned.personalIdNumber(), true) : answer;
            }

            /** As the population database checks the declared parents: null when both are as declared. */
            private IdNumberOutcome checkParents(DossierForm form) {
                List<Reason> differences = new ArrayList<>();
                for (var role : List.of("mother", "father")) {
                    Parent declared = role.equals("mother") ? form.mother() : form.father();
                    if (declared == null) {
                        continue;
                    }
                    lookups++;
                    CitizenLookup lookup = citizens.getOrDefault(declared.personalIdNumber(), new CitizenLookup.NotFound());
                    if (lookup instanceof CitizenLookup.Failed failed) {
                        return failed.outcome();
                    }
                    if (lookup instanceof CitizenLookup.NotFound) {
                        boolean mother = role.equals("mother");
                        return new IdNumberOutcome.InvalidData(List.of(new Reason(
                                mother ? "MOTHER_NOT_FOUND" : "FATHER_NOT_FOUND", role + ".personalIdNumber",
                                "Không tìm thấy " + (mother ? "người mẹ" : "người cha") + " trong CSDL quốc gia về dân cư.",
                                "The " + role + " is not in the national population database.")));
                    }
                    differences.addAll(ParentCrossCheck.differences(role, declared, ((CitizenLookup.Found) lookup).person()));
                }
                return differences.isEmpty() ? null : new IdNumberOutcome.ParentsDiffer(differences);
            }

            @Override
            public CitizenLookup findCitizen(String personalIdNumber) {
                lookups++;
                return citizens.getOrDefault(personalIdNumber, new CitizenLookup.NotFound());
            }

            @Override
            public CallOutcome recordDeath(UUID requestId, String personalIdNumber, LocalDate dateOfDeath,
                                           String deathExtractNumber) {
                deathRecords.add(new DeathRecordRequest(requestId, personalIdNumber, deathExtractNumber));
                return deathRecordAnswers.isEmpty()
                        ? new CallOutcome.Completed(new DeathResults.DeathRecorded(deathExtractNumber, dateOfDeath, true,
                                clock.instant()))
                        : deathRecordAnswers.removeFirst();
            }

            @Override
            public int callCapacity() {
                return callCapacity;
            }
        };
        saga = new DossierSaga(agencies, dossiers, events, new WorkingCalendar(Set.of()), SETTINGS, pauses, clock);
        intake = new DossierIntakeService(dossiers, saga, events, transactions);
        replies = new AgencyReplyService(dossiers, saga, transactions);
        failures = new CommandFailureService(dossiers, saga, transactions);
        idNumberStep = new IdNumberStepService(dossiers, population, saga, transactions, SETTINGS, pauses);
        deathCalls = new DeathCallsService(dossiers, population, saga, transactions, SETTINGS, pauses);
        progress = new DossierProgressService(dossiers, saga, transactions);
        AuditLog auditLog = audit::add;
        replays = new StepReplayService(dossiers, saga, pauses, auditLog, transactions, clock);
        agencyPauses = new AgencyPauseService(pauses, dossiers, saga, auditLog, () -> "CLOSED", transactions, clock);
    }

    /** The population database knows the dossier's parents exactly as declared. */
    static SagaScript given(DossierForm form) {
        var script = new SagaScript();
        script.populationDatabaseRecords(form.mother());
        form.knownFather().ifPresent(script::populationDatabaseRecords);
        script.dossierId = script.intake.submit(form, "hash", "national-portal").dossierId();
        return script;
    }

    /** A death dossier; the population database knows the deceased, alive, exactly as declared. */
    static SagaScript givenDeath(DeathForm form) {
        var script = new SagaScript();
        var deceased = form.deceased();
        script.populationDatabaseRecords(deceased.personalIdNumber(), deceased.fullName(), deceased.dateOfBirth());
        script.dossierId = script.intake.submit(DeathProcedure.PROCEDURE, form, "hash", "national-portal").dossierId();
        return script;
    }

    /** A death dossier whose deceased the population database holds as {@code person}. */
    static SagaScript givenDeath(DeathForm form, RegisteredPerson person) {
        var script = new SagaScript();
        script.citizens.put(person.personalIdNumber(), new CitizenLookup.Found(person));
        script.dossierId = script.intake.submit(DeathProcedure.PROCEDURE, form, "hash", "national-portal").dossierId();
        return script;
    }

    /** The death procedure's worker claims its due calls, makes them and records what they gave. */
    SagaScript whenDeathCallsRun() {
        List<DeathCallsUseCase.Attempt> attempts = deathCalls.claimDueAttempts(10);
        deathCalls.record(attempts.stream().map(deathCalls::call).toList());
        return this;
    }

    /** The population database's next answer to a record of a death. */
    SagaScript populationDatabaseWillAnswerTheDeathRecord(CallOutcome outcome) {
        deathRecordAnswers.add(outcome);
        return this;
    }

    List<DeathRecordRequest> deathRecordRequests() {
        return List.copyOf(deathRecords);
    }

    /** One record of a death the population database received. */
    record DeathRecordRequest(UUID requestId, String personalIdNumber, String deathExtractNumber) {
    }

    SagaScript whenDeathRegistered() {
        return whenCompleted(new DeathResults.DeathRegistered("01/2026", 17, "KT-25450-2026-000017",
                LocalDate.of(2026, 11, 23), false));
    }

    SagaScript whenResidenceRemoved(boolean deceasedWasHead, int remainingMembers) {
        return whenCompleted(new DeathResults.ResidenceRemoved(DeathResults.ResidenceRemoved.Outcome.REMOVED,
                "HK-25450-000001", "25450", "Thôn 3, Xã Bù Gia Mập", deceasedWasHead,
                deceasedWasHead && remainingMembers > 0, remainingMembers, LocalDate.of(2026, 11, 23), null, null));
    }

    SagaScript whenNoPermanentResidenceToRemove() {
        return whenCompleted(new DeathResults.ResidenceRemoved(
                DeathResults.ResidenceRemoved.Outcome.NO_PERMANENT_RESIDENCE, null, null, null, false, false, 0,
                LocalDate.of(2026, 11, 23), "Người này không có đăng ký thường trú.", "No permanent residence."));
    }

    SagaScript whenFuneralAllowanceGranted() {
        return whenCompleted(new DeathResults.FuneralAllowanceDecided(
                DeathResults.FuneralAllowanceDecided.Decision.GRANTED, 23_400_000L, 2_340_000L,
                LocalDate.of(2024, 7, 1), 10, "PENSIONER", null, null, null, null,
                "Luật Bảo hiểm xã hội 2024, Điều 85", "BANK_ACCOUNT", LocalDate.of(2026, 11, 23), false, true));
    }

    SagaScript whenFuneralAllowanceRefused() {
        return whenCompleted(new DeathResults.FuneralAllowanceDecided(
                DeathResults.FuneralAllowanceDecided.Decision.REFUSED, null, null, null, null, null, "NOT_INSURED",
                null, "Người chết không tham gia bảo hiểm xã hội.", "The deceased was not insured.",
                "Luật Bảo hiểm xã hội 2024, Điều 85", null, LocalDate.of(2026, 11, 23), false, false));
    }

    SagaScript populationDatabaseRecords(Parent person) {
        citizens.put(person.personalIdNumber(), new CitizenLookup.Found(
                new RegisteredPerson(person.personalIdNumber(), person.fullName(), person.dateOfBirth())));
        return this;
    }

    SagaScript populationDatabaseRecords(String personalIdNumber, String fullName, LocalDate dateOfBirth) {
        citizens.put(personalIdNumber, new CitizenLookup.Found(new RegisteredPerson(personalIdNumber, fullName, dateOfBirth)));
        return this;
    }

    /** The population database records {@code person} as having died on {@code dateOfDeath}. */
    SagaScript populationDatabaseRecordsDeceased(Parent person, LocalDate dateOfDeath) {
        citizens.put(person.personalIdNumber(), new CitizenLookup.Found(new RegisteredPerson(person.personalIdNumber(),
                person.fullName(), person.dateOfBirth(), true, dateOfDeath)));
        return this;
    }

    SagaScript populationDatabaseForgets(String personalIdNumber) {
        citizens.remove(personalIdNumber);
        return this;
    }

    SagaScript whenTheBreakerOpens() {
        callCapacity = 0;
        return this;
    }

    SagaScript whenTheBreakerCloses() {
        callCapacity = Integer.MAX_VALUE;
        idNumberStep.resumeWaitingAttempts();
        return this;
    }

    SagaScript whenEscalationsAreChecked() {
        idNumberStep.escalateOverdue();
        return this;
    }

    SagaScript whenManualNumbersAreVerified() {
        idNumberStep.verifyManualNumbers(10);
        return this;
    }

    SagaScript whenOfficerRecordsManualNumber(String number) {
        progress.recordManualIdNumber(dossierId, number, "officer-7", "lấy tại Công an xã");
        return this;
    }

    SagaScript whenOfficerConfirmsDistinctChild() {
        progress.confirmDistinctChild(dossierId, "officer-7", "hai trẻ sinh đôi cùng tên");
        return this;
    }

    SagaScript whenOfficerConfirmsSameChild() {
        progress.confirmSameChild(dossierId, "officer-7", "gia đình nộp lại hồ sơ");
        return this;
    }

    /** The requests for a number the population database received, in order. */
    List<IdNumberRequest> idNumberRequests() {
        return List.copyOf(idNumberRequests);
    }

    /** One request for a number: its id, and the officer's confirmation of a distinct child it carried. */
    record IdNumberRequest(UUID requestId, DuplicateReview distinctChild) {
    }

    SagaScript whenOfficerConfirmsParentData() {
        progress.confirmParentData(dossierId, "officer-7", "đã đối chiếu giấy tờ");
        return this;
    }

    /** Ops pause automatic requests to {@code agency}. */
    SagaScript whenOpsPause(Agency agency) {
        agencyPauses.pause(agency, ops("ops-1", "PUT /api/v1/ops/agencies/{agency}/pause", "bảo trì hệ thống"));
        return this;
    }

    /** Ops resume {@code agency}, and the background job sends what was held. */
    SagaScript whenOpsResume(Agency agency) {
        agencyPauses.resume(agency, ops("ops-1", "DELETE /api/v1/ops/agencies/{agency}/pause", "hết bảo trì"));
        agencyPauses.releaseHeldSteps();
        return this;
    }

    SagaScript whenOpsReplay(Step step) {
        lastReplay = replays.replay(dossierId, step, ops("ops-2", "POST /api/v1/ops/dossiers/{dossierId}/steps/{step}/replay",
                "CSDL đã hoạt động lại"));
        return this;
    }

    /** An ops user's action through {@code endpoint}, as the token names them. */
    private static Attribution ops(String subject, String endpoint, String reason) {
        var caller = new Caller(subject, "Vận hành " + subject, Set.of(Role.OPS), Set.of(), "console");
        return new Attribution(new Requester(caller, endpoint), reason);
    }

    Replayed lastReplay() {
        return lastReplay;
    }

    List<UUID> commandsSent(Step step) {
        return List.copyOf(sent.getOrDefault(step, List.of()));
    }

    List<AuditAction> audited() {
        return audit.stream().map(AuditEntry::action).toList();
    }

    List<AuditEntry> auditEntries() {
        return List.copyOf(audit);
    }

    int populationDatabaseLookups() {
        return lookups;
    }

    /** Every request the population database received for a number, whatever it answered. */
    int populationDatabaseCalls() {
        return populationDatabaseCalls;
    }

    /** A dossier that already has its ID number and birth registration. */
    static SagaScript givenRegisteredBirth(DossierForm form) {
        return given(form).whenIdNumberAssigned("075326000123").whenBirthRegistered();
    }

    SagaScript whenIdNumberAnswer(IdNumberOutcome outcome) {
        populationAnswers.add(outcome);
        List<Attempt> attempts = idNumberStep.claimDueAttempts(10);
        assertThat(attempts).as("due ID-number attempts").hasSize(1);
        idNumberStep.record(List.of(idNumberStep.call(attempts.get(0))));
        return this;
    }

    /** An ID-number attempt runs, whose parent check stops it before any number is asked for. */
    SagaScript whenAnIdNumberAttemptChecksTheParents() {
        List<Attempt> attempts = idNumberStep.claimDueAttempts(10);
        assertThat(attempts).as("due ID-number attempts").hasSize(1);
        idNumberStep.record(List.of(idNumberStep.call(attempts.get(0))));
        return this;
    }

    /** A worker claims the attempt, then dies before it can record anything. */
    SagaScript whenAnIdNumberAttemptIsClaimedButNeverReports() {
        assertThat(idNumberStep.claimDueAttempts(10)).hasSize(1);
        return this;
    }

    SagaScript whenIdNumberAssigned(String number) {
        return whenIdNumberAnswer(new IdNumberOutcome.Assigned(number));
    }

    SagaScript whenBirthRegistered() {
        return whenCompleted(new StepResult.BirthRegistered("01/2026", 123, "KS-25450-2026-000123",
                LocalDate.of(2026, 11, 23), false));
    }

    SagaScript whenResidenceRegistered() {
        return whenCompleted(new StepResult.ResidenceRegistered("TT-25450-2026-000045", "HK-25450-000001",
                "Thôn 3, Xã Bù Gia Mập", "25450", LocalDate.of(2026, 11, 23)));
    }

    SagaScript whenCardIssued() {
        return whenCompleted(new StepResult.HealthInsuranceCardIssued("TE1757500000001", "7500000001", "TE", 1,
                LocalDate.of(2026, 11, 2), LocalDate.of(2032, 11, 2), "75-012", "Trung tâm Y tế khu vực Bù Gia Mập"));
    }

    SagaScript whenCompleted(StepResult result) {
        replies.completed(dossierId, lastCommand(result.step()), result);
        return this;
    }

    SagaScript whenReplyWithCommand(UUID commandId, StepResult result) {
        replies.completed(dossierId, commandId, result);
        return this;
    }

    SagaScript whenRejected(Step step, String code, String field) {
        replies.rejected(dossierId, step, lastCommand(step), List.of(new Reason(code, field, "vi", "en")));
        return this;
    }

    /** The outbox parked the step's current command: it can never be sent as it is. */
    SagaScript whenCommandParked(Step step) {
        failures.notDeliverable(dossierId, step, lastCommand(step), "parked-messages/1, RecordTooLargeException");
        return this;
    }

    /** The agency dead-lettered {@code commandId}, a command of {@code step}. */
    SagaScript whenCommandDeadLettered(Step step, UUID commandId) {
        failures.deadLettered(dossierId, step, commandId, "civil-registry.commands.dlt/0/1");
        return this;
    }

    SagaScript whenSupplemented(DossierForm form) {
        progress.supplement(dossierId, form, "sửa địa chỉ", "national-portal");
        return this;
    }

    SagaScript whenOfficerSawTheOriginalStatement() {
        progress.confirmOriginalBirthStatement(dossierId, "officer-7", null);
        return this;
    }

    SagaScript whenTimePasses(Duration duration) {
        clock.advance(duration);
        return this;
    }

    SagaScript whenSupplementDeadlinesAreChecked() {
        progress.refuseOverdueSupplements();
        return this;
    }

    SagaScript expectStatus(DossierStatus status) {
        assertThat(dossier().status()).as("dossier status").isEqualTo(status);
        return this;
    }

    SagaScript expectStep(Step step, StepStatus status) {
        assertThat(dossier().step(step).status()).as("status of %s", step).isEqualTo(status);
        return this;
    }

    SagaScript expectCommandsSent(Step step, int count) {
        assertThat(sent.getOrDefault(step, List.of())).as("commands sent for %s", step).hasSize(count);
        return this;
    }

    SagaScript expectNoDueIdNumberAttempt() {
        assertThat(idNumberStep.claimDueAttempts(10)).isEmpty();
        return this;
    }

    Dossier dossier() {
        return dossiers.find(dossierId).orElseThrow();
    }

    StepState step(Step step) {
        return dossier().step(step);
    }

    UUID lastCommand(Step step) {
        List<UUID> commands = sent.getOrDefault(step, List.of());
        return Procedures.declarationOf(step).scheduledCall() ? dossier().step(step).commandId()
                : commands.get(commands.size() - 1);
    }

    List<HistoryEntry> history() {
        return dossiers.history(dossierId);
    }

    /** The portal sends a dossier of {@code procedure}: its form, the hash of what it sent, and the sending client. */
    SubmitDossierUseCase.Submission sent(Procedure procedure, ProcedureForm form, String contentHash, String client) {
        return intake.submit(procedure, form, contentHash, client);
    }

    /** The portal sends a dossier again: its form, the hash of what it sent, and the sending client. */
    SubmitDossierUseCase.Submission sentAgain(DossierForm form, String contentHash, String client) {
        return intake.submit(form, contentHash, client);
    }

    List<DossierStatus> publishedStatuses() {
        return published;
    }

    LocalDate today() {
        return saga.today();
    }

    DossierId dossierId() {
        return dossierId;
    }

    private AgencyRequests agency(Step... steps) {
        return new AgencyRequests() {
            @Override
            public List<Step> steps() {
                return List.of(steps);
            }

            @Override
            public void send(Step step, UUID commandId, Dossier dossier) {
                sent.computeIfAbsent(step, s -> new ArrayList<>()).add(commandId);
            }
        };
    }
    /** Pauses as a map; held steps found among the stored dossiers. */
    private static final class MemoryPauses implements AgencyPauses {
        private final Map<Agency, AgencyPause> paused = new EnumMap<>(Agency.class);
        private final MemoryDossiers dossiers;

        MemoryPauses(MemoryDossiers dossiers) {
            this.dossiers = dossiers;
        }

        @Override
        public Optional<AgencyPause> pauseOf(Agency agency) {
            return Optional.ofNullable(paused.get(agency));
        }

        @Override
        public boolean pause(AgencyPause pause) {
            return paused.putIfAbsent(pause.agency(), pause) == null;
        }

        @Override
        public Optional<AgencyPause> resume(Agency agency) {
            return Optional.ofNullable(paused.remove(agency));
        }

        @Override
        public List<AgencyPause> all() {
            return List.copyOf(paused.values());
        }

        @Override
        public List<DossierId> held(Step step, int max) {
            return dossiers.byId.values().stream()
                    .filter(d -> !d.status().isFinal() && d.procedure().includes(step) && d.step(step).status() == StepStatus.SCHEDULED)
                    .map(Dossier::id).limit(max).toList();
        }

        @Override
        public long waiting(Agency agency) {
            return dossiers.byId.values().stream()
                    .filter(d -> Procedures.stepsOf(agency).stream().map(d::step).filter(Objects::nonNull)
                            .anyMatch(step -> step.status() == StepStatus.SCHEDULED
                                    || step.status() == StepStatus.WAITING_RETRY))
                    .count();
        }
    }

    /** Keeps dossiers as objects; enough to drive the use cases, not a stand-in for PostgreSQL. */
    private static final class MemoryDossiers implements Dossiers {
        private final Map<DossierId, Dossier> byId = new LinkedHashMap<>();
        private final Map<DossierId, List<HistoryEntry>> histories = new LinkedHashMap<>();
        private final Map<DossierId, String> submitters = new LinkedHashMap<>();

        @Override
        public boolean add(Dossier dossier, String submittedBy) {
            if (findByPortalDossierCode(dossier.form().portalDossierCode()).isPresent()) {
                return false;
            }
            byId.put(dossier.id(), dossier);
            submitters.put(dossier.id(), submittedBy);
            histories.put(dossier.id(), new ArrayList<>(dossier.saved()));
            return true;
        }

        @Override
        public Optional<vn.lienthong.orchestrator.application.port.out.DossierAccess> access(DossierId id) {
            return find(id).map(dossier -> new vn.lienthong.orchestrator.application.port.out.DossierAccess(
                    dossier.form().registrationCommuneCode(), submitters.get(id)));
        }

        @Override
        public Optional<Dossier> lock(DossierId id) {
            return find(id);
        }

        @Override
        public void lockAll(Collection<DossierId> ids) {
            // Objects in memory: nothing to lock or to load ahead.
        }

        @Override
        public Optional<Dossier> find(DossierId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<Dossier> findByPortalDossierCode(String code) {
            return byId.values().stream().filter(d -> d.form().portalDossierCode().equals(code)).findFirst();
        }

        @Override
        public void update(Dossier dossier) {
            histories.get(dossier.id()).addAll(dossier.saved());
        }

        @Override
        public List<HistoryEntry> history(DossierId id) {
            return histories.get(id);
        }

        @Override
        public List<DossierId> dueAttempts(Step step, Instant now, int max) {
            return byId.values().stream()
                    .filter(d -> d.procedure().includes(step) && d.step(step).status().isActive() && d.step(step).nextAttemptAt() != null
                            && !d.step(step).nextAttemptAt().isAfter(now))
                    .map(Dossier::id).limit(max).toList();
        }

        @Override
        public int bringForwardWaitingAttempts(Step step, Instant now, int limit) {
            return (int) byId.values().stream().limit(limit).filter(dossier -> dossier.bringForward(step, now)).count();
        }

        @Override
        public List<DossierId> waitingForAttemptSince(Step step, Instant cutoff, int max) {
            return byId.values().stream()
                    .filter(d -> !d.receivedAt().isAfter(cutoff))
                    .filter(d -> d.procedure().includes(step))
                    .filter(d -> d.step(step).status() == StepStatus.SCHEDULED
                            || d.step(step).status() == StepStatus.WAITING_RETRY)
                    .map(Dossier::id).toList();
        }

        @Override
        public List<DossierId> withIdNumberAwaitingVerification(int max) {
            return byId.values().stream().filter(Dossier::idNumberAwaitsVerification).map(Dossier::id).toList();
        }

        @Override
        public List<DossierId> withSupplementDueBefore(LocalDate today, int max) {
            return List.copyOf(byId.keySet());
        }

        @Override
        public DossierPage list(DossierFilter filter) {
            throw new UnsupportedOperationException();
        }
    }
}
