package vn.lienthong.civilregistry;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import vn.lienthong.civilregistry.application.port.in.RegisterDeathCommand;
import vn.lienthong.civilregistry.domain.Death;
import vn.lienthong.civilregistry.domain.DeathDeclarant;
import vn.lienthong.civilregistry.domain.DeathDeclaration;
import vn.lienthong.civilregistry.domain.DeathPlace;
import vn.lienthong.civilregistry.domain.DeathProof;
import vn.lienthong.civilregistry.domain.Deceased;
import vn.lienthong.civilregistry.domain.Sex;
import vn.lienthong.contracts.civilregistry.commands.RegisterDeath;
import vn.lienthong.contracts.common.DeathData;
import vn.lienthong.contracts.common.DeathDeclarantData;
import vn.lienthong.contracts.common.DeathPlaceData;
import vn.lienthong.contracts.common.DeathProofData;
import vn.lienthong.contracts.common.DeceasedData;

/**
 * Death declarations for tests, starting from the portal's example death dossier
 * ({@code deploy/src/main/resources/examples/dossier-death.json}): Điểu Văn Brơi, born 14 May 1960,
 * died on 18 November 2026 at the Bù Gia Mập health centre, declared by his son in commune 25450,
 * his last residence.
 */
public final class DeathDeclarations {

    /** Distinct numbers within one test JVM, which is also the life of the test database. */
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 400_000));

    private UUID dossierId = UUID.fromString("6f1e2d3c-4b5a-4978-8695-a4b3c2d1e001");
    private String commune = "25450";
    private String deceasedIdNumber = "070060001122";
    private LocalDate dateOfBirth = LocalDate.of(1960, 5, 14);
    private String lastResidenceCommune = "25450";
    private String lastResidenceAddress = "Thôn 3";
    private LocalDate dateOfDeath = LocalDate.of(2026, 11, 18);
    private String facilityName = "Trung tâm Y tế khu vực Bù Gia Mập";
    private String placeCommune = "25450";
    private String placeAddress;
    private String proofKind = DeathProof.HEALTH_FACILITY_DEATH_NOTICE;
    private LocalDate proofIssuedOn = LocalDate.of(2026, 11, 18);
    private String relationship = "CHILD";
    private String authorization;

    private DeathDeclarations() {
    }

    public static DeathDeclarations aTypicalDeath() {
        return new DeathDeclarations();
    }

    /** Another person's death, in a new dossier: numbers no other test uses. */
    public DeathDeclarations ofAnotherPerson() {
        dossierId = UUID.randomUUID();
        deceasedIdNumber = "070060%06d".formatted(NEXT.incrementAndGet());
        return this;
    }

    /** A commune whose death register no other test writes in, where the deceased last lived. */
    public DeathDeclarations inANewCommune() {
        return inCommune("8%04d".formatted(NEXT.incrementAndGet() % 10_000));
    }

    /** Registered in {@code code}, where the deceased last lived and died. */
    public DeathDeclarations inCommune(String code) {
        commune = code;
        lastResidenceCommune = code;
        placeCommune = code;
        return this;
    }

    /** Filed with commune {@code code}, wherever the deceased lived. */
    public DeathDeclarations filedIn(String code) {
        commune = code;
        return this;
    }

    public DeathDeclarations inDossier(UUID id) {
        dossierId = id;
        return this;
    }

    public DeathDeclarations withDeceased(String idNumber) {
        deceasedIdNumber = idNumber;
        return this;
    }

    public DeathDeclarations bornOn(LocalDate date) {
        dateOfBirth = date;
        return this;
    }

    /** Died on {@code date}, the death notice issued that day. */
    public DeathDeclarations diedOn(LocalDate date) {
        dateOfDeath = date;
        proofIssuedOn = date;
        return this;
    }

    public DeathDeclarations withLastResidenceUnknown() {
        lastResidenceCommune = null;
        lastResidenceAddress = null;
        return this;
    }

    /** Died at home in {@code code}: the commune's death notice. */
    public DeathDeclarations diedAtHomeIn(String code) {
        facilityName = null;
        placeCommune = code;
        placeAddress = "Tại nhà, Thôn 3";
        proofKind = DeathProof.COMMUNE_DEATH_NOTICE;
        return this;
    }

    public DeathDeclarations withProof(String kind) {
        proofKind = kind;
        return this;
    }

    public DeathDeclarations withProofIssuedOn(LocalDate date) {
        proofIssuedOn = date;
        return this;
    }

    public DeathDeclarations declaredBy(String relationshipToDeceased) {
        relationship = relationshipToDeceased;
        return this;
    }

    public DeathDeclarations withAuthorization(String number) {
        authorization = number;
        return this;
    }

    public String deceasedIdNumber() {
        return deceasedIdNumber;
    }

    public String commune() {
        return commune;
    }

    public RegisterDeathCommand command() {
        return new RegisterDeathCommand(dossierId, "G22.75-261122-000456", commune,
                new Deceased(deceasedIdNumber, "Điểu Văn Brơi", Sex.MALE, dateOfBirth, "Xtiêng", "VN",
                        lastResidenceCommune, lastResidenceAddress),
                new Death(dateOfDeath, LocalTime.of(14, 30), new DeathPlace(facilityName, placeCommune, placeAddress),
                        "ILLNESS", proofKind == null ? null : new DeathProof(proofKind, "GBT-75-2026-000321",
                                proofIssuedOn, "Trung tâm Y tế khu vực Bù Gia Mập", true)),
                new DeathDeclarant("Điểu Văn Tuấn", "070097005566", relationship, authorization));
    }

    public DeathDeclaration declaration() {
        return command().declaration();
    }

    /** The command as the orchestrator sends it, with a new command id. */
    public RegisterDeath message() {
        return new RegisterDeath(UUID.randomUUID(), dossierId, "G22.75-261122-000456", commune,
                new DeceasedData(deceasedIdNumber, "Điểu Văn Brơi", vn.lienthong.contracts.common.Sex.MALE, dateOfBirth,
                        "Xtiêng", "VN", lastResidenceCommune, lastResidenceAddress),
                new DeathData(dateOfDeath, LocalTime.of(14, 30), new DeathPlaceData(facilityName, placeCommune, placeAddress),
                        "ILLNESS", proofKind == null ? null : new DeathProofData(proofKind, "GBT-75-2026-000321",
                                proofIssuedOn, "Trung tâm Y tế khu vực Bù Gia Mập", true)),
                new DeathDeclarantData("Điểu Văn Tuấn", "070097005566", relationship, "0987654321", authorization));
    }
}
