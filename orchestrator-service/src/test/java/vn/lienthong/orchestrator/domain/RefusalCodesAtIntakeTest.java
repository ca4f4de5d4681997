package vn.lienthong.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.orchestrator.fixtures.DossierForms.TODAY;
import static vn.lienthong.orchestrator.fixtures.DeathForms.aTypicalDeath;
import static vn.lienthong.orchestrator.fixtures.DossierForms.aTypicalDossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.idnumber.IdNumberApi;
import vn.lienthong.orchestrator.domain.death.DeathForm;
import vn.lienthong.orchestrator.domain.death.DeathRules;
import vn.lienthong.orchestrator.domain.form.DossierForm;
import vn.lienthong.orchestrator.domain.form.DossierRules;
import vn.lienthong.orchestrator.domain.form.FieldProblem;
import vn.lienthong.orchestrator.domain.form.ProcedureForm;
import vn.lienthong.rules.field.FieldCodes;
import vn.lienthong.rules.text.TextFault;

/**
 * Every code an agency can refuse a dossier with, and whether intake catches it first. Intake
 * refuses what the portal's data alone can decide, so that an agency does not refuse, after the
 * others have acted, a field the family could have corrected at once. Where intake cannot, the
 * table says why. A new refusal code in an agency fails this test until it has a row here.
 */
class RefusalCodesAtIntakeTest {

    /** How intake catches a code: a dossier (of either procedure) that shows it, and the code intake answers with. */
    record Caught(Supplier<? extends ProcedureForm> dossier, String intakeCode) {
    }

    /** Why intake cannot catch a code. */
    record NotCaught(String why) {
    }

    private static final Map<String, Object> TABLE = Map.ofEntries(
            Map.entry(FieldCodes.REQUIRED, new Caught(() -> aTypicalDossier().withChildNamed(" ").build(), FieldCodes.REQUIRED)),
            Map.entry("INVALID_FIELD", new Caught(() -> aTypicalDossier().withResidenceParent("07019800123").build(),
                    "NOT_A_PARENT")),
            Map.entry("INVALID_PERSONAL_ID_NUMBER", new Caught(() -> aTypicalDossier().withMotherIdNumber("0701980012x4")
                    .withResidenceParent("0701980012x4").build(), "INVALID_PERSONAL_ID_NUMBER")),
            Map.entry("DATE_OF_BIRTH_IN_FUTURE", new Caught(() -> aTypicalDossier().bornOn(TODAY.plusDays(1)).build(),
                    "IN_THE_FUTURE")),
            Map.entry("DATE_OF_BIRTH_AFTER_REGISTRATION", new Caught(() -> aTypicalDossier().bornOn(TODAY.plusDays(1)).build(),
                    "IN_THE_FUTURE")),
            Map.entry("DATE_OF_BIRTH_OUT_OF_RANGE", new Caught(() -> aTypicalDossier().bornOn(LocalDate.of(1899, 12, 31)).build(),
                    "CHILD_NOT_UNDER_SIX")),
            Map.entry("CHILD_NOT_UNDER_SIX", new Caught(() -> aTypicalDossier().bornOn(TODAY.minusYears(6)).build(),
                    "CHILD_NOT_UNDER_SIX")),
            Map.entry("DATE_OF_BIRTH_AFTER_APPLICATION", new Caught(() -> aTypicalDossier().bornOn(TODAY).build(),
                    "BORN_AFTER_SUBMISSION")),
            Map.entry("FORBIDDEN_CHARACTER", new Caught(() -> aTypicalDossier().withChildNamed("Hoa\u202e").build(),
                    "FORBIDDEN_CHARACTER")),
            Map.entry("TOO_LONG", new Caught(() -> aTypicalDossier().withResidenceAddress("T".repeat(201)).build(), "TOO_LONG")),
            Map.entry("NO_LETTER", new Caught(() -> aTypicalDossier().withChildNamed("1234").build(), "NO_LETTER")),
            Map.entry("INVALID_NAME_CHARACTER", new Caught(() -> aTypicalDossier().withChildNamed("Hoa #2").build(),
                    "INVALID_NAME_CHARACTER")),
            Map.entry("UNKNOWN_COMMUNE", new NotCaught("Only the population database holds the list of communes, which "
                    + "changes as communes merge; intake checks the code's form (5 digits).")),
            Map.entry("MOTHER_NOT_FOUND", new NotCaught("Only the population database knows who its citizens are.")),
            Map.entry("FATHER_NOT_FOUND", new NotCaught("Only the population database knows who its citizens are.")),
            Map.entry("REQUEST_ID_REUSED", new NotCaught("A fault between the orchestrator and the population database, "
                    + "not in the dossier's data.")),
            Map.entry("INVALID_BATCH_SIZE", new NotCaught("About the population database's batch request, which the "
                    + "orchestrator sizes itself, not about a dossier's data.")),
            Map.entry("ORIGINAL_BIRTH_STATEMENT_REQUIRED", new NotCaught("A person's step, not an error: an officer must "
                    + "see the paper statement of a birth outside a health facility.")),
            Map.entry("DUPLICATE_BIRTH", new NotCaught("Needs the civil-status register's entries.")),
            Map.entry("HOUSEHOLD_NOT_FOUND", new NotCaught("Needs the residence database's households.")),
            Map.entry("PARENT_NOT_REGISTERED_AT_ADDRESS", new NotCaught("Needs the residence database's members.")),
            Map.entry("ALREADY_PERMANENT_RESIDENT", new NotCaught("Needs the residence database's members.")),
            Map.entry("HOUSEHOLD_HEAD_CONSENT_REQUIRED", new NotCaught("Depends on who heads the household in the "
                    + "residence database; intake cannot know whether the parent is the head.")),
            Map.entry("POSSIBLE_DUPLICATE_CITIZEN", new NotCaught("Needs the numbers the population database issued "
                    + "before; only an officer can tell a same-named twin from the same child.")),
            Map.entry("CANNOT_PROCESS", new NotCaught("The agency's database refused a value its rules let through: an "
                    + "agency fault for ops, not the family's. Intake applies the same text rules and lengths.")),
            Map.entry("UNKNOWN_CARE_FACILITY", new NotCaught("Only social insurance holds the list of care facilities; "
                    + "intake checks the code's form (75-012).")),
            Map.entry("AUTHORIZATION_REQUIRED", new Caught(() -> aTypicalDeath().declaredBy("AUTHORIZED", null).build(),
                    "AUTHORIZATION_REQUIRED")),
            Map.entry("BENEFICIARY_MUST_BE_RELATIVE", new Caught(() -> aTypicalDeath()
                    .withProof("COURT_DECLARATION_OF_DEATH", LocalDate.of(2026, 11, 20)).paidTo("OTHER").build(),
                    "BENEFICIARY_MUST_BE_RELATIVE")),
            Map.entry("CITIZEN_NOT_FOUND", new NotCaught("Only the population database knows who its citizens are; "
                    + "its check of the deceased, the death procedure's first step, asks the applicant to correct "
                    + "the number before any agency acts.")),
            Map.entry("DATE_OF_DEATH_BEFORE_BIRTH", new Caught(() -> aTypicalDeath().diedOn(LocalDate.of(1959, 1, 1))
                    .build(), "DEATH_BEFORE_BIRTH")),
            Map.entry("DATE_OF_DEATH_BEFORE_RESIDENCE", new NotCaught("Needs the residence database's registration "
                    + "dates.")),
            Map.entry("DATE_OF_DEATH_IN_FUTURE", new Caught(() -> aTypicalDeath().diedOn(TODAY.plusDays(1)).build(),
                    "IN_THE_FUTURE")),
            Map.entry("DEATH_ALREADY_REGISTERED", new NotCaught("Needs the civil-status register's entries; a death "
                    + "the population database already records goes to an officer at the first step.")),
            Map.entry("DEATH_DATE_INVALID", new Caught(() -> aTypicalDeath().diedOn(LocalDate.of(1959, 1, 1)).build(),
                    "DEATH_BEFORE_BIRTH")),
            Map.entry("DEATH_NOT_COMPETENT_COMMUNE", new Caught(() -> aTypicalDeath().livedIn("25453").build(),
                    "NOT_COMPETENT_COMMUNE")),
            Map.entry("DEATH_PROOF_INVALID", new Caught(() -> aTypicalDeath().diedAtHome().build(),
                    "DEATH_PROOF_INVALID")),
            Map.entry("DEATH_PROOF_MISSING", new Caught(() -> aTypicalDeath().withProof(null, null).build(),
                    "DEATH_PROOF_MISSING")),
            Map.entry("LATE_CLAIM_EXPLANATION_REQUIRED", new Caught(() -> aTypicalDeath().diedOn(LocalDate.of(2026, 8, 1))
                    .withProof("COMMUNE_DEATH_NOTICE", LocalDate.of(2026, 8, 2)).diedAtHome().build(),
                    "LATE_CLAIM_EXPLANATION_REQUIRED")),
            Map.entry("LAW_NOT_SUPPORTED", new NotCaught("A death before 2016 is decided by a social-insurance officer "
                    + "under the former law; intake cannot judge which law applies to the person's record.")),
            Map.entry("REFERENCE_LEVEL_UNKNOWN", new NotCaught("Which reference levels are in force is social "
                    + "insurance's configuration, not the dossier's data.")));

    private static final Pattern REFUSAL_CODE = Pattern.compile("new Refusal\\(\\s*\"([A-Z][A-Z0-9_]+)\"");
    private static final Set<String> AGENCIES = Set.of("id-number-service", "civil-registry-service", "residence-service",
            "health-insurance-service");

    @Test
    void everyAgencyRefusalCodeHasARow() {
        Set<String> codes = new TreeSet<>(agencyRefusalCodes());
        Arrays.stream(TextFault.values()).map(TextFault::code).forEach(codes::add);
        codes.add(FieldCodes.REQUIRED);
        codes.add(Rejection.CANNOT_PROCESS);
        codes.add(IdNumberApi.POSSIBLE_DUPLICATE_CITIZEN);

        assertThat(TABLE.keySet()).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void intakeCatchesEveryCodeItsTableSaysItCatches() {
        TABLE.forEach((code, row) -> {
            if (row instanceof Caught caught) {
                ProcedureForm form = caught.dossier().get();
                var problems = form instanceof DeathForm death ? DeathRules.check(death, TODAY)
                        : DossierRules.check((DossierForm) form, TODAY);
                assertThat(problems).as(code)
                        .extracting(FieldProblem::code).contains(caught.intakeCode());
            } else {
                assertThat(((NotCaught) row).why()).as(code).isNotBlank();
            }
        });
    }

    /** The codes written in the agencies' main sources (the population database's fault profiles are not refusals). */
    private static Set<String> agencyRefusalCodes() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        return AGENCIES.stream().flatMap(agency -> sources(root.resolve(agency).resolve("src/main/java")))
                .filter(file -> !file.toString().contains("/faults/"))
                .flatMap(RefusalCodesAtIntakeTest::codesIn)
                .collect(Collectors.toSet());
    }

    private static Stream<Path> sources(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> codesIn(Path file) {
        try {
            Matcher matcher = REFUSAL_CODE.matcher(Files.readString(file));
            return matcher.results().map(result -> result.group(1)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
