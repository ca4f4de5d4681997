package vn.lienthong.idnumber.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.idnumber.IdNumberApi;
import vn.lienthong.contracts.idnumber.RecordDeath;
import vn.lienthong.idnumber.adapter.out.persistence.JdbcCitizens;
import vn.lienthong.idnumber.adapter.out.persistence.JdbcNumberAssignments;
import vn.lienthong.idnumber.application.port.out.NumberAssignments.Outcome;
import vn.lienthong.idnumber.domain.BirthDeclaration;
import vn.lienthong.idnumber.domain.Citizen;
import vn.lienthong.idnumber.domain.NumberAssignment;
import vn.lienthong.idnumber.domain.PersonalIdNumber;
import vn.lienthong.idnumber.domain.Sex;

/**
 * Deaths as the civil-status software reports them, over HTTP into real PostgreSQL, on the
 * morning of 22 November 2026 in Vietnam. Each test dies a citizen of its own.
 */
class DeathRecordIT extends RunningService {

    private static final String BROI = "070060001122";
    private static final LocalDate DIED = LocalDate.of(2026, 11, 18);

    @Autowired
    JdbcCitizens citizens;
    @Autowired
    JdbcNumberAssignments assignments;

    @Test
    void theExamplesDeceasedIsRecordedAndTheLookUpShowsHimDeceased() {
        JsonNode living = citizen(BROI).body();
        assertThat(living.get("fullName").asString()).isEqualTo("Điểu Văn Brơi");
        assertThat(living.get("deceased").asBoolean()).isFalse();
        assertThat(living.get("dateOfDeath").isNull()).isTrue();
        String requestId = UUID.randomUUID().toString();

        Answer recorded = record(new RecordDeath(requestId, BROI, DIED, "KT-25450-2026-000017"));

        assertThat(recorded.code()).isEqualTo(201);
        assertThat(recorded.headers().getLocation()).hasToString("/api/v1/citizens/" + BROI);
        assertThat(recorded.body().get("requestId").asString()).isEqualTo(requestId);
        assertThat(recorded.body().get("dateOfDeath").asString()).isEqualTo("2026-11-18");
        assertThat(recorded.body().get("deathExtractNumber").asString()).isEqualTo("KT-25450-2026-000017");
        assertThat(recorded.body().get("newlyRecorded").asBoolean()).isTrue();
        assertThat(recorded.body().get("recordedAt").asString()).isEqualTo("2026-11-22T01:30:00Z");
        JsonNode dead = citizen(BROI).body();
        assertThat(dead.get("deceased").asBoolean()).isTrue();
        assertThat(dead.get("dateOfDeath").asString()).isEqualTo("2026-11-18");
        assertThat(dead.get("personalIdNumber").asString()).isEqualTo(BROI);
    }

    @Test
    void theSameRequestOrTheSameDeathExtractAgainIsAnsweredAsBeforeWith200() {
        String person = aLivingCitizen();
        String requestId = UUID.randomUUID().toString();
        Answer first = record(new RecordDeath(requestId, person, DIED, "KT-25453-2026-000001"));

        Answer again = record(new RecordDeath(requestId, person, DIED, "KT-25453-2026-000001"));
        Answer retried = record(new RecordDeath(UUID.randomUUID().toString(), person, DIED, "KT-25453-2026-000001"));

        assertThat(first.code()).isEqualTo(201);
        assertThat(again.code()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(((tools.jackson.databind.node.ObjectNode) first.body().deepCopy()).put("newlyRecorded", false));
        assertThat(retried.code()).isEqualTo(200);
        assertThat(retried.body().get("newlyRecorded").asBoolean()).isFalse();
        assertThat(retried.body().get("recordedAt")).isEqualTo(first.body().get("recordedAt"));
    }

    @Test
    void anotherDeathOfADeadCitizenIsAConflictNamingTheDateRecordedAndStaysOne() {
        String person = aLivingCitizen();
        record(new RecordDeath(UUID.randomUUID().toString(), person, DIED, "KT-25453-2026-000002"));
        var second = new RecordDeath(UUID.randomUUID().toString(), person, LocalDate.of(2026, 11, 20),
                "KT-25441-2026-000009");

        Answer refused = record(second);
        Answer refusedAgain = record(second);

        assertThat(refused.code()).isEqualTo(409);
        assertThat(refused.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.body().get("code").asString()).isEqualTo(IdNumberApi.ALREADY_DECEASED);
        assertThat(refused.body().get("dateOfDeath").asString()).isEqualTo("2026-11-18");
        assertThat(refused.fields()).containsExactly("personalIdNumber");
        assertThat(refused.body().get("detail").asString()).contains("2026-11-18").doesNotContain(person);
        assertThat(refusedAgain.code()).isEqualTo(409);
        assertThat(refusedAgain.body()).isEqualTo(refused.body());
        assertThat(citizen(person).body().get("dateOfDeath").asString()).isEqualTo("2026-11-18");
    }

    @Test
    void aRequestIdUsedForAnotherDeathIsAConflict() {
        String requestId = UUID.randomUUID().toString();
        record(new RecordDeath(requestId, aLivingCitizen(), DIED, "KT-25453-2026-000003"));

        Answer conflict = record(new RecordDeath(requestId, aLivingCitizen(), DIED, "KT-25453-2026-000004"));

        assertThat(conflict.code()).isEqualTo(409);
        assertThat(conflict.body().get("errors").get(0).get("code").asString()).isEqualTo("REQUEST_ID_REUSED");
        assertThat(conflict.body().get("errors").get(0).get("message").asString()).contains("báo tử");
    }

    @Test
    void anUnknownCitizenADateBeforeBirthOrAfterTodayAndMissingFieldsAreRefusedNamingThem() {
        Answer unknown = record(new RecordDeath(UUID.randomUUID().toString(), "079050999999", DIED, "KT-1"));
        Answer beforeBirth = record(new RecordDeath(UUID.randomUUID().toString(), aLivingCitizen(),
                LocalDate.of(1949, 12, 31), "KT-2"));
        Answer tomorrow = record(new RecordDeath(UUID.randomUUID().toString(), aLivingCitizen(),
                LocalDate.of(2026, 11, 23), "KT-3"));
        Answer empty = record("{\"dateOfDeath\": \"2026-02-30\"}");

        assertThat(unknown.code()).isEqualTo(422);
        assertThat(unknown.body().get("errors").get(0).get("code").asString()).isEqualTo("CITIZEN_NOT_FOUND");
        assertThat(beforeBirth.code()).isEqualTo(422);
        assertThat(beforeBirth.body().get("errors").get(0).get("code").asString()).isEqualTo("DATE_OF_DEATH_BEFORE_BIRTH");
        assertThat(tomorrow.code()).isEqualTo(422);
        assertThat(tomorrow.body().get("errors").get(0).get("code").asString()).isEqualTo("DATE_OF_DEATH_IN_FUTURE");
        assertThat(tomorrow.body().get("detail").asString()).startsWith("Ngày chết").contains(" / The date of death");
        assertThat(empty.code()).isEqualTo(422);
        assertThat(empty.fields()).containsExactly("dateOfDeath");
        Answer missing = record("{}");
        assertThat(missing.fields()).containsExactly("requestId", "personalIdNumber", "dateOfDeath", "deathExtractNumber");
    }

    @Test
    void theNumberOfADeadCitizenStaysTheirsAndIsNeverGivenAgain() {
        String person = aLivingCitizen();
        record(new RecordDeath(UUID.randomUUID().toString(), person, DIED, "KT-25453-2026-000005"));
        var sameNumberForANewborn = new NumberAssignment(UUID.randomUUID().toString(), new PersonalIdNumber(person),
                new BirthDeclaration("Nguyễn Văn Tâm", Sex.MALE, LocalDate.of(2026, 11, 20), "00004",
                        new PersonalIdNumber("070198001234"), null, "VN"), NOW);

        assertThat(assignments.record(sameNumberForANewborn)).isEqualTo(Outcome.NUMBER_TAKEN);
        Citizen kept = citizens.find(new PersonalIdNumber(person)).orElseThrow();
        assertThat(kept.fullName()).isEqualTo("Trần Văn Thọ");
        assertThat(kept.deceased()).isTrue();
    }

    @Test
    void aSeedImportAfterADeathKeepsTheDeath() {
        String person = aLivingCitizen();
        record(new RecordDeath(UUID.randomUUID().toString(), person, DIED, "KT-25453-2026-000006"));

        citizens.save(new Citizen(new PersonalIdNumber(person), "Trần Văn Thọ", Sex.MALE, LocalDate.of(1950, 3, 1),
                "Kinh", "VN", "00004"));

        assertThat(citizens.find(new PersonalIdNumber(person)).orElseThrow().dateOfDeath()).isEqualTo(DIED);
    }

    /** A man born in 1950 in Hà Nội, known to the database, alive, whom no other test knows. */
    private String aLivingCitizen() {
        String number = "001050" + String.format("%06d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000L));
        citizens.save(new Citizen(new PersonalIdNumber(number), "Trần Văn Thọ", Sex.MALE, LocalDate.of(1950, 3, 1),
                "Kinh", "VN", "00004"));
        return number;
    }

    private Answer record(Object body) {
        return http().post().uri(IdNumberApi.DEATHS).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> new Answer(response.getStatusCode(), response.getHeaders(),
                        response.bodyTo(JsonNode.class)));
    }
}
