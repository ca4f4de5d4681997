package vn.lienthong.deploy.population;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes one death after another from a {@link Draw} of its own, so the families of a population
 * stay what they were without deaths, and the first deaths of a larger population are those of a
 * smaller one. The deceased are old people, with a spouse (often) and an adult child, in a
 * household of their own. Their numbers are registered in provinces no family uses, so no number
 * is given twice.
 */
final class DeathFactory {

    static final double NOT_REGISTERED = 0.10;
    static final double LIVES_ALONE = 0.10;
    static final double DECEASED_HEADS = 0.70;
    static final double DATE_OF_BIRTH_DIFFERS = 0.05;
    static final double DECLARED_LATE = 0.10;
    static final double DIED_IN_FACILITY = 0.60;
    static final double DIED_IN_ACCIDENT = 0.05;
    /** Serials of death households, dossier codes and notices: clear of the examples' (1-3) and of the families' (from 100001). */
    static final int FIRST_SERIAL = 100;
    static final int MAX_DEATHS = FamilyFactory.FIRST_SERIAL - FIRST_SERIAL;

    /** Provinces of origin of the deceased and their families: none a family's number uses. */
    private static final List<String> BIRTH_PROVINCES = List.of("025", "026", "027", "030", "033", "035", "044", "045",
            "049", "051", "052", "054", "056", "058", "060", "062", "064", "068", "080", "082", "084", "086", "087",
            "091", "093", "095", "096");
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter DOSSIER_DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final Draw draw;
    private final IdNumbers idNumbers;
    private final LocalDate referenceDate;

    DeathFactory(Draw draw, LocalDate referenceDate) {
        this.draw = draw;
        this.idNumbers = new IdNumbers(draw);
        this.referenceDate = referenceDate;
    }

    Death make(int index) {
        int serial = FIRST_SERIAL + index;
        Commune commune = draw.oneOf(Communes.ALL);
        String ethnicity = Ethnicities.draw(commune.provinceCode(), draw);
        String familyName = VietnameseNames.familyName(ethnicity, draw);
        Sex sex = draw.chance(0.55) ? Sex.MALE : Sex.FEMALE;
        Person deceased = person(sex, draw.between(1932, 1962), ethnicity,
                sex == Sex.MALE ? familyName : VietnameseNames.familyName(ethnicity, draw), commune);
        boolean alone = draw.chance(LIVES_ALONE);
        Optional<Person> spouse = alone ? Optional.empty() : Optional.of(person(opposite(sex),
                deceased.dateOfBirth().getYear() + draw.between(-4, 6), ethnicity,
                sex == Sex.FEMALE ? familyName : VietnameseNames.familyName(ethnicity, draw), commune));
        boolean childAtHome = !alone && draw.chance(0.6);
        Person child = person(draw.chance(0.5) ? Sex.MALE : Sex.FEMALE,
                Math.min(2004, deceased.dateOfBirth().getYear() + draw.between(20, 35)), ethnicity, familyName,
                childAtHome ? commune : draw.oneOf(Communes.inProvince(commune.provinceCode())));
        String addressLine = Addresses.draw(commune, draw);
        Optional<Household> household = draw.chance(NOT_REGISTERED) ? Optional.empty()
                : Optional.of(household(serial, commune, addressLine, deceased, spouse, childAtHome ? child : null));

        LocalDate dateOfDeath = referenceDate.minusDays(draw.chance(DECLARED_LATE) ? draw.between(20, 60)
                : draw.between(2, 12));
        boolean accident = draw.chance(DIED_IN_ACCIDENT);
        CareFacility facility = !accident && draw.chance(DIED_IN_FACILITY)
                ? draw.oneOf(CareFacilities.inProvince(commune.provinceCode())) : null;
        String cause = accident ? "ACCIDENT" : draw.weighted(List.of("ILLNESS", "OLD_AGE", "UNDETERMINED"), 60, 35, 5);
        String proofKind = accident ? "POLICE_CONFIRMATION"
                : facility != null ? "HEALTH_FACILITY_DEATH_NOTICE" : "COMMUNE_DEATH_NOTICE";
        String proofNumber = (accident ? "XN-CA-" : "GBT-") + commune.provinceTwoDigits() + "-"
                + dateOfDeath.getYear() + "-" + String.format("%06d", serial);
        Optional<InsuranceProfile> insurance = insurance(deceased, dateOfDeath);
        if (insurance.filter(record -> record.compulsoryMonths() > 0 && record.monthlyBenefit() == null).isPresent()
                && draw.chance(0.1)) {
            cause = "WORK_ACCIDENT";
        }

        boolean spouseDeclares = spouse.isPresent() && draw.chance(0.35);
        Person declarant = spouseDeclares ? spouse.get() : child;
        LocalDate dateOfBirthDeclared = draw.chance(DATE_OF_BIRTH_DIFFERS)
                ? deceased.dateOfBirth().plusDays(draw.between(1, 400)) : deceased.dateOfBirth();
        boolean bank = draw.chance(0.8);
        long age = ChronoUnit.DAYS.between(dateOfDeath, referenceDate);
        LocalDate day = referenceDate.minusDays(draw.between(1, (int) Math.min(3, age)));
        int minute = draw.between(7 * 60 + 30, 21 * 60 + 59);
        Submission.Channel channel = draw.weighted(List.of(Submission.Channel.values()), 45, 35, 20);
        return new Death(serial, deceased, spouse, child, household, commune, addressLine, dateOfBirthDeclared,
                dateOfDeath, facility == null ? null : LocalTime.of(draw.between(0, 23), draw.between(0, 59)), facility,
                cause, proofKind, proofNumber, insurance, declarant, spouseDeclares ? "SPOUSE" : "CHILD",
                Phones.draw(draw), bank ? "BANK_ACCOUNT" : "SOCIAL_INSURANCE_AGENCY",
                bank ? String.valueOf(draw.between(100_000_000, 999_999_999)) + draw.between(1000, 9999) : null,
                draw.chance(0.5),
                "G22." + commune.provinceTwoDigits() + "-" + DOSSIER_DAY.format(day) + "-" + String.format("%06d", serial),
                day.atTime(minute / 60, minute % 60).atOffset(VIETNAM), channel,
                draw.weighted(List.of(Submission.ResultDelivery.values()), 65, 15, 20));
    }

    /**
     * Pensioners most often; then workers with enough compulsory months, voluntary contributors, a
     * few with too few months, people on another scheme, and people never insured.
     */
    private Optional<InsuranceProfile> insurance(Person deceased, LocalDate dateOfDeath) {
        int age = deceased.dateOfBirth().until(dateOfDeath).getYears();
        String kind = draw.weighted(List.of("PENSION", "COMPULSORY", "VOLUNTARY", "FEW", "OTHER", "NONE"),
                40, 12, 6, 10, 12, 20);
        return switch (kind) {
            case "PENSION" -> {
                // Retired at 60, or a year before the death for someone who died younger.
                LocalDate retired = LocalDate.of(deceased.dateOfBirth().getYear() + 60, draw.between(1, 12), 1);
                yield Optional.of(InsuranceProfile.pensioner(retired.isAfter(dateOfDeath)
                        ? dateOfDeath.minusYears(1).withDayOfMonth(1) : retired, draw.between(240, 420)));
            }
            case "COMPULSORY" -> Optional.of(InsuranceProfile.contributions(draw.between(12, 179), 0));
            case "VOLUNTARY" -> Optional.of(InsuranceProfile.contributions(draw.between(0, 11), draw.between(60, 120)));
            case "FEW" -> Optional.of(draw.chance(0.5) ? InsuranceProfile.contributions(draw.between(1, 11), 0)
                    : InsuranceProfile.contributions(0, draw.between(12, 59)));
            case "OTHER" -> Optional.of(InsuranceProfile.onlyOn(age >= 75 && draw.chance(0.5) ? "SOCIAL_PENSION"
                    : draw.chance(0.6) ? "SOCIAL_PROTECTION" : "MERITORIOUS_PERSON"));
            default -> Optional.empty();
        };
    }

    private Household household(int serial, Commune commune, String addressLine, Person deceased,
                                Optional<Person> spouse, Person childAtHome) {
        List<HouseholdMember> members = new ArrayList<>();
        boolean deceasedHeads = spouse.isEmpty() || draw.chance(DECEASED_HEADS);
        Person head = deceasedHeads ? deceased : spouse.get();
        members.add(new HouseholdMember(head, Relationship.HEAD));
        spouse.ifPresent(s -> members.add(new HouseholdMember(deceasedHeads ? s : deceased, Relationship.SPOUSE)));
        if (childAtHome != null) {
            members.add(new HouseholdMember(childAtHome, Relationship.CHILD));
        }
        return new Household("HK-" + commune.code() + "-" + String.format("%06d", serial), commune, addressLine, members);
    }

    private Person person(Sex sex, int year, String ethnicity, String familyName, Commune residence) {
        LocalDate dateOfBirth = LocalDate.ofYearDay(year, draw.between(1, LocalDate.of(year, 1, 1).lengthOfYear()));
        String number = idNumbers.next(draw.oneOf(BIRTH_PROVINCES), sex, dateOfBirth);
        return new Person(number, VietnameseNames.fullName(familyName, sex, draw), sex, dateOfBirth, ethnicity, "VN",
                residence.code());
    }

    private static Sex opposite(Sex sex) {
        return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    }
}
