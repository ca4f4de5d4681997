package vn.lienthong.deploy.population;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes one family after another from one {@link Draw}, so the seed fixes every family and the
 * first families of a larger population are those of a smaller one.
 */
final class FamilyFactory {

    static final double FATHER_UNKNOWN = 0.15;
    static final double MOTHER_HEADS = 0.60;
    static final double FATHER_HEADS = 0.25;
    static final double GRANDPARENT_LIVES_WITH_PARENTS = 0.10;
    static final double BORN_IN_FACILITY = 0.93;
    static final int OLDEST_PARENT = 1975;
    static final int YOUNGEST_PARENT = 2006;
    static final int NEWBORN_MAX_AGE_DAYS = 50;
    /** Serials of household numbers, certificates and dossier codes start here, clear of the examples'. */
    static final int FIRST_SERIAL = 100_001;

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter DOSSIER_DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private enum Head { MOTHER, FATHER, GRANDPARENT }

    private final Draw draw;
    private final IdNumbers idNumbers;
    private final LocalDate referenceDate;

    FamilyFactory(Draw draw, LocalDate referenceDate) {
        this.draw = draw;
        this.idNumbers = new IdNumbers(draw);
        this.referenceDate = referenceDate;
    }

    Family make(int index) {
        int serial = FIRST_SERIAL + index;
        Commune commune = draw.oneOf(Communes.ALL);
        String province = commune.provinceCode();

        String motherEthnicity = Ethnicities.draw(province, draw);
        String motherFamilyName = VietnameseNames.familyName(motherEthnicity, draw);
        int motherYear = clampToParentYears(referenceDate.getYear() - draw.between(18, 42));
        Person mother = person(Sex.FEMALE, motherYear, motherEthnicity, motherFamilyName, province, commune.code());

        boolean fatherKnown = !draw.chance(FATHER_UNKNOWN);
        String fatherEthnicity = draw.chance(0.85) ? motherEthnicity : Ethnicities.draw(province, draw);
        String fatherFamilyName = VietnameseNames.familyName(fatherEthnicity, draw);
        Optional<Person> father = fatherKnown
                ? Optional.of(person(Sex.MALE, clampToParentYears(motherYear - draw.between(-3, 10)), fatherEthnicity,
                        fatherFamilyName, province, commune.code()))
                : Optional.empty();

        Head head = head(fatherKnown);
        boolean grandparentLivesWith = head != Head.GRANDPARENT && draw.chance(GRANDPARENT_LIVES_WITH_PARENTS);
        Declarant.Role declarantRole = declarantRole(fatherKnown);
        boolean grandparentInHousehold = head == Head.GRANDPARENT || grandparentLivesWith;
        // The grandparent's child: the mother when the father is unknown, otherwise either parent.
        Person grandparentsChild = father.isPresent() && draw.chance(0.5) ? father.get() : mother;
        Optional<Person> grandparent = grandparentInHousehold || declarantRole == Declarant.Role.GRANDPARENT
                ? Optional.of(grandparent(grandparentsChild, grandparentsChild.equals(mother) ? motherFamilyName
                        : fatherFamilyName, grandparentInHousehold ? commune.code() : elsewhereIn(commune)))
                : Optional.empty();

        Household household = household(serial, commune, head, mother, father,
                grandparentInHousehold ? grandparent : Optional.empty(), grandparentsChild);
        Newborn child = newborn(serial, commune, mother, father, father.isPresent() ? fatherFamilyName : motherFamilyName);
        Declarant declarant = new Declarant(switch (declarantRole) {
            case MOTHER -> mother;
            case FATHER -> father.orElseThrow();
            case GRANDPARENT -> grandparent.orElseThrow();
        }, declarantRole, Phones.draw(draw));
        CareFacility initialCare = draw.oneOf(CareFacilities.inProvince(province));
        return new Family(mother, father, grandparent, household, child, initialCare,
                submission(serial, commune, child.dateOfBirth(), declarant));
    }

    private Person person(Sex sex, int year, String ethnicity, String familyName, String livingProvince,
                          String residenceCommune) {
        LocalDate dateOfBirth = LocalDate.ofYearDay(year, draw.between(1, LocalDate.of(year, 1, 1).lengthOfYear()));
        String number = idNumbers.next(idNumbers.birthProvince(livingProvince), sex, dateOfBirth);
        return new Person(number, VietnameseNames.fullName(familyName, sex, draw), sex, dateOfBirth, ethnicity, "VN",
                residenceCommune);
    }

    /** A grandfather carries the family name on; a grandmother has her own. */
    private Person grandparent(Person child, String childFamilyName, String residenceCommune) {
        Sex sex = draw.chance(0.55) ? Sex.FEMALE : Sex.MALE;
        String familyName = sex == Sex.MALE ? childFamilyName : VietnameseNames.familyName(child.ethnicity(), draw);
        int year = child.dateOfBirth().getYear() - draw.between(20, 38);
        String province = Communes.byCode(residenceCommune).provinceCode();
        return person(sex, year, child.ethnicity(), familyName, province, residenceCommune);
    }

    private Head head(boolean fatherKnown) {
        double roll = draw.fraction();
        if (roll < MOTHER_HEADS) {
            return Head.MOTHER;
        }
        // A mother without a known father who does not head her household lives in her parent's.
        return roll < MOTHER_HEADS + FATHER_HEADS && fatherKnown ? Head.FATHER : Head.GRANDPARENT;
    }

    private Declarant.Role declarantRole(boolean fatherKnown) {
        double roll = draw.fraction();
        if (roll < 0.75) {
            return Declarant.Role.MOTHER;
        }
        if (roll < 0.90) {
            return fatherKnown ? Declarant.Role.FATHER : Declarant.Role.MOTHER;
        }
        return Declarant.Role.GRANDPARENT;
    }

    private Household household(int serial, Commune commune, Head head, Person mother, Optional<Person> father,
                                Optional<Person> grandparent, Person grandparentsChild) {
        List<HouseholdMember> members = new ArrayList<>();
        if (head == Head.GRANDPARENT) {
            members.add(new HouseholdMember(grandparent.orElseThrow(), Relationship.HEAD));
            members.add(new HouseholdMember(grandparentsChild, Relationship.CHILD));
            // The child's spouse is the head's son- or daughter-in-law.
            father.filter(f -> !f.equals(grandparentsChild)).ifPresent(f -> members.add(new HouseholdMember(f, Relationship.OTHER)));
            if (!grandparentsChild.equals(mother)) {
                members.add(new HouseholdMember(mother, Relationship.OTHER));
            }
        } else {
            Person headPerson = head == Head.MOTHER ? mother : father.orElseThrow();
            members.add(new HouseholdMember(headPerson, Relationship.HEAD));
            (head == Head.MOTHER ? father : Optional.of(mother))
                    .ifPresent(spouse -> members.add(new HouseholdMember(spouse, Relationship.SPOUSE)));
            grandparent.ifPresent(g -> members.add(new HouseholdMember(g,
                    grandparentsChild.equals(headPerson) ? Relationship.PARENT : Relationship.OTHER)));
        }
        String number = "HK-" + commune.code() + "-" + serial;
        return new Household(number, commune, Addresses.draw(commune, draw), members);
    }

    private Newborn newborn(int serial, Commune commune, Person mother, Optional<Person> father, String familyName) {
        Sex sex = draw.chance(0.51) ? Sex.MALE : Sex.FEMALE;
        String ethnicity = father.isPresent() && draw.chance(0.5) ? father.get().ethnicity() : mother.ethnicity();
        LocalDate dateOfBirth = referenceDate.minusDays(draw.between(1, NEWBORN_MAX_AGE_DAYS));
        CareFacility facility = draw.chance(BORN_IN_FACILITY) ? draw.oneOf(CareFacilities.inProvince(commune.provinceCode())) : null;
        String certificate = "GCS-" + commune.provinceTwoDigits() + "-" + dateOfBirth.getYear() + "-" + serial;
        return new Newborn(VietnameseNames.fullName(familyName, sex, draw), sex, dateOfBirth, ethnicity, "VN", facility,
                facility == null ? commune.code() : facility.communeCode(), certificate,
                facility != null && draw.chance(0.75));
    }

    /** Filed one to three days before the reference date, never before the birth, in working hours or the evening. */
    private Submission submission(int serial, Commune commune, LocalDate dateOfBirth, Declarant declarant) {
        long age = ChronoUnit.DAYS.between(dateOfBirth, referenceDate);
        LocalDate day = referenceDate.minusDays(draw.between(1, (int) Math.min(3, age)));
        int minute = draw.between(7 * 60 + 30, 21 * 60 + 59);
        OffsetDateTime submittedAt = day.atTime(minute / 60, minute % 60).atOffset(VIETNAM);
        String code = "G22." + commune.provinceTwoDigits() + "-" + DOSSIER_DAY.format(day) + "-" + serial;
        Submission.Channel channel = draw.weighted(List.of(Submission.Channel.values()), 45, 35, 20);
        Submission.ResultDelivery delivery = channel == Submission.Channel.COUNTER
                ? draw.weighted(List.of(Submission.ResultDelivery.values()), 25, 15, 60)
                : draw.weighted(List.of(Submission.ResultDelivery.values()), 65, 15, 20);
        return new Submission(code, submittedAt, channel, declarant, delivery);
    }

    private String elsewhereIn(Commune commune) {
        return draw.oneOf(Communes.inProvince(commune.provinceCode())).code();
    }

    private static int clampToParentYears(int year) {
        return Math.max(OLDEST_PARENT, Math.min(YOUNGEST_PARENT, year));
    }
}
