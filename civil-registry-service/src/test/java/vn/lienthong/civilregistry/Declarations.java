package vn.lienthong.civilregistry;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import vn.lienthong.civilregistry.application.port.in.RegisterBirthCommand;
import vn.lienthong.civilregistry.domain.BirthDeclaration;
import vn.lienthong.civilregistry.domain.Declarant;
import vn.lienthong.civilregistry.domain.Newborn;
import vn.lienthong.civilregistry.domain.Parent;
import vn.lienthong.civilregistry.domain.Sex;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.common.ChildData;
import vn.lienthong.contracts.common.DeclarantData;
import vn.lienthong.contracts.common.PersonData;

/**
 * Birth declarations for tests, starting from the portal's example dossier
 * ({@code /work/shared/examples/dossier-3in1.json}): Điểu Thị Hoa, born 2 November 2026 at the
 * Bù Gia Mập health centre, declared by her mother in commune 25450.
 */
public final class Declarations {

    /** Distinct numbers within one test JVM, which is also the life of the test database. */
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 400_000));

    private UUID dossierId = UUID.fromString("0b6c2f9a-1d2e-4c3b-8f4a-5e6d7c8b9a01");
    private String commune = "25450";
    private String childIdNumber = "075326000123";
    private String childName = "Điểu Thị Hoa";
    private LocalDate dateOfBirth = LocalDate.of(2026, 11, 2);
    private String facilityName = "Trung tâm Y tế khu vực Bù Gia Mập";
    private String medicalBirthCertificate = "GCS-75-2026-004512";
    private String motherIdNumber = "070198001234";
    private Parent father = new Parent("Điểu Văn Minh", LocalDate.of(1995, 9, 30), "070095004567", "Xtiêng", "VN");
    private boolean originalStatementSeen;

    private Declarations() {
    }

    public static Declarations aTypicalDeclaration() {
        return new Declarations();
    }

    /** A different child of a different mother, in a new dossier: numbers no other test uses. */
    public Declarations ofAnotherChild() {
        int n = NEXT.incrementAndGet();
        dossierId = UUID.randomUUID();
        childIdNumber = "075326%06d".formatted(n);
        medicalBirthCertificate = "GCS-75-2026-%06d".formatted(n);
        motherIdNumber = "070198%06d".formatted(n);
        return this;
    }

    /** A commune whose register no other test writes in. */
    public Declarations inANewCommune() {
        commune = "9%04d".formatted(NEXT.incrementAndGet() % 10_000);
        return this;
    }

    public Declarations inCommune(String communeCode) {
        commune = communeCode;
        return this;
    }

    public Declarations inDossier(UUID id) {
        dossierId = id;
        return this;
    }

    public Declarations withoutFather() {
        father = null;
        return this;
    }

    public Declarations bornOn(LocalDate date) {
        dateOfBirth = date;
        return this;
    }

    /** Born at home: no facility, so no medical birth certificate either. */
    public Declarations bornOutsideAFacility() {
        facilityName = null;
        medicalBirthCertificate = null;
        return this;
    }

    public Declarations withChildName(String name) {
        childName = name;
        return this;
    }

    public Declarations withOriginalStatementSeen() {
        originalStatementSeen = true;
        return this;
    }

    public Declarations withChildIdNumber(String idNumber) {
        childIdNumber = idNumber;
        return this;
    }

    public Declarations withMedicalBirthCertificate(String number) {
        medicalBirthCertificate = number;
        return this;
    }

    public Declarations withMotherIdNumber(String idNumber) {
        motherIdNumber = idNumber;
        return this;
    }

    public String childIdNumber() {
        return childIdNumber;
    }

    public String commune() {
        return commune;
    }

    public RegisterBirthCommand command() {
        return new RegisterBirthCommand(dossierId, "G22.75-261122-000123", commune, childIdNumber,
                new Newborn(childName, Sex.FEMALE, dateOfBirth, facilityName, "25450", "Xtiêng", "VN",
                        medicalBirthCertificate, true),
                new Parent("Điểu Thị Lan", LocalDate.of(1998, 4, 12), motherIdNumber, "Xtiêng", "VN"),
                father,
                new Declarant("Điểu Thị Lan", motherIdNumber, "MOTHER"),
                originalStatementSeen);
    }

    public BirthDeclaration declaration() {
        return command().declaration();
    }

    /** The command as the orchestrator sends it, with a new command id. */
    public RegisterBirth message() {
        return new RegisterBirth(UUID.randomUUID(), dossierId, "G22.75-261122-000123", commune, childIdNumber,
                new ChildData(childName, vn.lienthong.contracts.common.Sex.FEMALE, dateOfBirth, facilityName, "25450",
                        "Xtiêng", "VN", medicalBirthCertificate, true),
                new PersonData("Điểu Thị Lan", LocalDate.of(1998, 4, 12), motherIdNumber, "Xtiêng", "VN"),
                father == null ? null : new PersonData(father.fullName(), father.dateOfBirth(), father.personalIdNumber(),
                        father.ethnicity(), father.nationality()),
                new DeclarantData("Điểu Thị Lan", motherIdNumber, "MOTHER", "0912345678"),
                originalStatementSeen);
    }
}
