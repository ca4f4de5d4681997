package vn.lienthong.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.console.adapter.out.orchestrator.ApiAnswer;
import vn.lienthong.console.adapter.out.orchestrator.Fields;

/** What the pages make of the API's answers, and of what a person uploads or types. */
class PageLogicTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aDossierWaitingForTheOriginalStatementOffersThatActionOnly() {
        var view = DossierView.of(dossier("""
                {"status": "ACTION_REQUIRED", "requiredActions": [{"kind": "OFFICER", "step": "BIRTH_REGISTRATION",
                 "reasons": [{"code": "ORIGINAL_BIRTH_STATEMENT_REQUIRED"}]}],
                 "history": [{"event": "SUBMITTED"}, {"event": "STEP_STARTED", "step": "ID_NUMBER"}]}"""));

        assertThat(view.officerActions()).containsExactly("ORIGINAL_BIRTH_STATEMENT_SEEN");
        assertThat(view.manualIdNumber()).isFalse();
        assertThat(view.supplement()).isFalse();
        assertThat(view.timeline().get("DOSSIER")).hasSize(1);
        assertThat(view.timeline().get("ID_NUMBER")).hasSize(1);
    }

    @Test
    void aPossibleDuplicateOffersBothDecisionsAndACorrectionAndAnEscalationTheManualNumber() {
        var duplicate = DossierView.of(dossier("""
                {"status": "ACTION_REQUIRED", "requiredActions": [{"kind": "REVIEW", "step": "ID_NUMBER",
                 "reasons": [{"code": "POSSIBLE_DUPLICATE_CITIZEN"}, {"code": "POSSIBLE_DUPLICATE_CITIZEN", "field": "child.fullName"}]}]}"""));
        var escalated = DossierView.of(dossier("""
                {"status": "ACTION_REQUIRED", "requiredActions": [{"kind": "OFFICER", "step": "ID_NUMBER",
                 "reasons": [{"code": "OBTAIN_NUMBER_FROM_COMMUNE_POLICE"}]}]}"""));
        var refused = DossierView.of(dossier("""
                {"status": "REFUSED", "requiredActions": [{"kind": "OFFICER", "step": "ID_NUMBER", "reasons": []}]}"""));

        assertThat(duplicate.officerActions()).containsExactly("CONFIRM_DISTINCT_CHILD", "CONFIRM_SAME_CHILD");
        assertThat(duplicate.supplement()).isTrue();
        assertThat(escalated.manualIdNumber()).isTrue();
        assertThat(refused.manualIdNumber()).as("a refused dossier offers nothing").isFalse();
    }

    @Test
    void theFieldsAReviewNamesAreCorrectedAsAMergePatch() {
        Fields dossier = dossier("""
                {"requiredActions": [{"kind": "REVIEW", "step": "ID_NUMBER", "reasons": [
                  {"code": "PARENT_DATA_MISMATCH", "field": "mother.fullName"},
                  {"code": "PARENT_DATA_MISMATCH", "field": "mother.dateOfBirth"}]}],
                 "form": {"mother": {"fullName": "Điểu Thị Lan", "dateOfBirth": "1998-04-12"}}}""");

        Map<String, String> fields = DossierView.correctable(dossier);
        assertThat(fields).containsExactly(Map.entry("mother.fullName", "Điểu Thị Lan"),
                Map.entry("mother.dateOfBirth", "1998-04-12"));
        Map<String, String> corrected = new LinkedHashMap<>(fields);
        corrected.put("mother.fullName", "Điểu Thị Lành");
        assertThat(JSON.writeValueAsString(DossierView.changes(corrected)))
                .isEqualTo("{\"mother\":{\"fullName\":\"Điểu Thị Lành\",\"dateOfBirth\":\"1998-04-12\"}}");
    }

    @Test
    void anUploadedFileGivesTheFirstColumnOfEachLineWithoutItsHeader() {
        String csv = "\uFEFFpersonalIdNumber,name\r\n075326000001,An\r\n\"075326000002\";x\n\n12345\n";

        assertThat(OpsVerificationController.numbers(csv)).containsExactly("075326000001", "075326000002", "12345");
        assertThat(OpsVerificationController.numbers("075326000001\n075326000002")).hasSize(2);
    }

    @Test
    void csvCellsAreQuotedAndNeverReadAsFormulas() {
        assertThat(Csv.row("a,b", "say \"hi\"", null, 12, "=SUM(A1)", "-5")).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",,12,'=SUM(A1),-5");
    }

    @Test
    void theApisProblemIsShownInThePersonsLanguageFieldByField() {
        var answer = new ApiAnswer(422, dossier("""
                {"detail": "Số định danh không hợp lệ / Invalid personal ID number",
                 "errors": [{"field": "personalIdNumber", "message": "Phải có 12 chữ số.", "messageEn": "12 digits."}]}"""),
                null);

        assertThat(answer.message(java.util.Locale.forLanguageTag("vi"))).isEqualTo("Số định danh không hợp lệ");
        assertThat(answer.message(java.util.Locale.ENGLISH)).isEqualTo("Invalid personal ID number");
        assertThat(answer.fieldErrors(java.util.Locale.forLanguageTag("vi")))
                .containsExactly(Map.entry("personalIdNumber", "Phải có 12 chữ số."));
        assertThat(answer.fieldErrors(java.util.Locale.ENGLISH)).containsExactly(Map.entry("personalIdNumber", "12 digits."));
    }

    @Test
    void aFieldTheApiLeftOutReadsAsNull() {
        Fields dossier = dossier("{\"results\": {}}");

        assertThat(dossier.containsKey("flags")).isTrue();
        assertThat(dossier.get("flags")).isNull();
        assertThat(dossier.object("results").list("anything")).isEqualTo(List.of());
    }

    private static Fields dossier(String json) {
        return (Fields) Fields.of(JSON.readTree(json));
    }
}
